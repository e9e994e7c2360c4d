package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.ingest.text.HtmlBlocks;
import com.flagmark.ingest.text.RawBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The lines of text printed just before and just after the element that holds an article,
 * where pages put the date, source and byline. Each element or text next to the article, and
 * next to each of its ancestors, is read in turn until enough lines are found. Hidden elements
 * are read too, one line per child: some pages print their precise date and source there for
 * search engines.
 */
final class PageNeighbourhood {

    private PageNeighbourhood() {
    }

    /** Returns up to {@code max} lines just before {@code content}, in document order. */
    static List<RawBlock> before(Element content, int max) {
        List<RawBlock> nearestFirst = new ArrayList<>();
        for (Node node = content; node.parent() != null && nearestFirst.size() < max; node = node.parent()) {
            for (Node sibling = node.previousSibling(); sibling != null && nearestFirst.size() < max;
                    sibling = sibling.previousSibling()) {
                List<RawBlock> lines = new ArrayList<>(linesOf(sibling));
                Collections.reverse(lines);
                nearestFirst.addAll(lines);
            }
            if (node.parent() instanceof Element parent && parent.normalName().equals("body")) {
                break;
            }
        }
        List<RawBlock> inOrder = new ArrayList<>(nearestFirst.subList(0, Math.min(max, nearestFirst.size())));
        Collections.reverse(inOrder);
        return inOrder;
    }

    /** Returns up to {@code max} lines just after {@code content}, in document order. */
    static List<RawBlock> after(Element content, int max) {
        List<RawBlock> lines = new ArrayList<>();
        for (Node node = content; node.parent() != null && lines.size() < max; node = node.parent()) {
            for (Node sibling = node.nextSibling(); sibling != null && lines.size() < max;
                    sibling = sibling.nextSibling()) {
                lines.addAll(linesOf(sibling));
            }
            if (node.parent() instanceof Element parent && parent.normalName().equals("body")) {
                break;
            }
        }
        return List.copyOf(lines.subList(0, Math.min(max, lines.size())));
    }

    private static List<RawBlock> linesOf(Node node) {
        if (node instanceof Element element) {
            return HtmlBlocks.isHidden(element) ? hiddenLines(element) : HtmlBlocks.of(element);
        }
        if (node instanceof TextNode text) {
            String line = Whitespace.normalize(text.getWholeText());
            return line.isEmpty() ? List.of() : List.of(RawBlock.plain(line));
        }
        return List.of();
    }

    private static List<RawBlock> hiddenLines(Element hidden) {
        List<RawBlock> lines = new ArrayList<>();
        List<Element> parts = hidden.children().isEmpty() ? List.of(hidden) : hidden.children();
        for (Element part : parts) {
            String line = Whitespace.normalize(part.text());
            if (!line.isEmpty()) {
                lines.add(RawBlock.plain(line));
            }
        }
        return lines;
    }
}
