package com.flagmark.ingest.text;

import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.ingest.text.RawBlock.Hint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Reads the lines of text out of an HTML fragment in document order: each block element and
 * each {@code <br>} ends a line. Nothing that does not show as text survives: scripts, styles,
 * forms, embedded frames, hidden elements and images are dropped.
 */
public final class HtmlBlocks {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "form", "button", "select", "textarea", "input",
            "svg", "canvas", "video", "audio", "map", "head", "link", "meta", "title", "nav", "label", "option");

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main", "header", "footer",
            "aside", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "figure",
            "figcaption", "center", "address", "hr", "body", "html", "fieldset", "details", "summary");

    /** Bold text, parsed once: a selector given as text is parsed again on every call. */
    private static final Evaluator BOLD = QueryParser.parse("strong, b");
    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");

    private HtmlBlocks() {
    }

    /** Returns the non-empty lines of text under {@code root}, whitespace normalised. */
    public static List<RawBlock> of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.flush(null);
        return collector.blocks;
    }

    private static final class Collector implements NodeFilter {
        private final List<RawBlock> blocks = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private boolean lineHasImage;
        private boolean previousWasImage;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag) || isHidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("img")) {
                lineHasImage = true;
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                flush(null);
                return FilterResult.CONTINUE;
            }
            if (BLOCKS.contains(tag)) {
                flush(null);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush(element);
            }
            return FilterResult.CONTINUE;
        }

        private void flush(Element closing) {
            String text = Whitespace.normalize(line);
            line.setLength(0);
            if (text.isEmpty()) {
                if (lineHasImage) {
                    previousWasImage = true;
                }
                lineHasImage = false;
                return;
            }
            Hint hint = hintFor(closing, text);
            blocks.add(new RawBlock(text, hint));
            previousWasImage = lineHasImage;
            lineHasImage = false;
        }

        private Hint hintFor(Element closing, String text) {
            if (closing == null) {
                return Hint.NONE;
            }
            String tag = closing.normalName();
            if (HEADING_TAG.matcher(tag).matches()) {
                return Hint.HEADING;
            }
            if (tag.equals("blockquote") || closing.parents().stream().anyMatch(p -> p.normalName().equals("blockquote"))) {
                return Hint.QUOTE;
            }
            if (tag.equals("figcaption")) {
                return Hint.CAPTION;
            }
            if (previousWasImage && !lineHasImage && text.length() <= 80 && isCentred(closing)) {
                return Hint.CAPTION;
            }
            if (lineHasImage && text.length() <= 80 && isCentred(closing)) {
                // An image and its caption in one centred paragraph: <p class="f_center"><img>…</p>
                return Hint.CAPTION;
            }
            if (isWhollyBold(closing, text)) {
                return Hint.HEADING;
            }
            if ((tag.equals("td") || tag.equals("th")) && closing.parent() != null
                    && closing.parent().children().size() > 1) {
                return Hint.CELL;
            }
            return Hint.NONE;
        }
    }

    /**
     * Tells whether an element is hidden by its style or the hidden attribute. An element kept
     * invisible but laid out ({@code visibility:hidden}) is not: pages such as WeChat posts hide
     * the whole article that way until their script has set its fonts, and then show it.
     */
    public static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        if (!element.hasAttr("style")) {
            return false;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none");
    }

    private static boolean isCentred(Element element) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        String className = element.className().toLowerCase(Locale.ROOT);
        return style.contains("text-align:center") || element.attr("align").equalsIgnoreCase("center")
                || className.contains("center") || className.contains("centre") || element.normalName().equals("center")
                || (element.parent() != null && element.parent().normalName().equals("center"));
    }

    private static boolean isWhollyBold(Element element, String text) {
        if (text.length() > 40) {
            return false;
        }
        StringBuilder bold = new StringBuilder();
        for (Element strong : element.select(BOLD)) {
            if (strong.parents().stream().noneMatch(p -> p.normalName().equals("strong") || p.normalName().equals("b"))) {
                bold.append(strong.text());
            }
        }
        return Whitespace.normalize(bold).equals(text);
    }
}
