package com.flagmark.ingest.web;

import com.flagmark.ingest.text.HtmlBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Makes a working copy of a page with everything that is not text taken out: scripts, styles,
 * comments, form controls, JSP tags and JSP directives or CMS comment fragments that a broken
 * template left in the text. Hidden elements stay, since some pages keep their precise metadata
 * in them for search engines; {@link HtmlBlocks#isHidden} tells them apart. The caller's document is not
 * changed.
 */
final class PageCleaner {

    private static final Set<String> REMOVED = Set.of("script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "button", "select", "textarea", "input", "svg",
            "canvas", "video", "audio", "map", "link", "meta", "label", "option", "nav", "head", "title");

    /** Tag prefixes of JSP tag libraries; their elements are server instructions, not text. */
    private static final Set<String> JSP_PREFIXES = Set.of("c", "jsp", "fmt", "fn", "sql", "x", "s", "spring",
            "shiro", "sec", "tiles", "html", "bean", "logic");

    private static final Pattern JSP_TEXT = Pattern.compile("<%[\\s\\S]*?(?:%>|$)");
    private static final Pattern COMMENT_FRAGMENT = Pattern.compile("<!--[^\\s]*|[^\\s，。]*?-->");

    private PageCleaner() {
    }

    /** Returns a cleaned copy of the page's body. */
    static Element cleanBody(Document page) {
        Element body = page.body().clone();
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment || node instanceof DataNode) {
                    doomed.add(node);
                } else if (node instanceof TextNode text) {
                    scrub(text);
                } else if (node instanceof Element element && isRemoved(element)) {
                    doomed.add(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // nothing to do on the way up
            }
        }, body);
        doomed.forEach(Node::remove);
        return body;
    }

    private static boolean isRemoved(Element element) {
        String tag = element.normalName();
        if (REMOVED.contains(tag)) {
            return true;
        }
        int colon = tag.indexOf(':');
        return colon > 0 && JSP_PREFIXES.contains(tag.substring(0, colon));
    }

    private static void scrub(TextNode text) {
        String whole = text.getWholeText();
        if (whole.indexOf('<') < 0 && !whole.contains("-->")) {
            return;
        }
        String scrubbed = COMMENT_FRAGMENT.matcher(JSP_TEXT.matcher(whole).replaceAll(" ")).replaceAll(" ");
        if (!scrubbed.equals(whole)) {
            text.text(scrubbed);
        }
    }
}
