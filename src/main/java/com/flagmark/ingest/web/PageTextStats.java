package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.ingest.text.HtmlBlocks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * How much text, link text and Chinese punctuation each element of a page holds, gathered in
 * one pass so that scoring a large page stays linear. Besides the totals over an element's
 * subtree, each block element gets the counts of its own line of text: the text reached
 * without entering a nested block. Hidden elements count for nothing.
 */
final class PageTextStats {

    /** Elements that start a new line of text, as {@link HtmlBlocks} also treats them. */
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "section", "article", "main", "header", "footer", "aside", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "figure", "figcaption", "center",
            "address", "body", "html", "fieldset", "details", "summary", "form");

    /**
     * Counts over some text.
     *
     * @param chars characters that are not whitespace
     * @param linkChars those of them inside links
     * @param punctuation Chinese sentence punctuation outside links: ，。、；！？
     * @param stops full stops, question and exclamation marks outside links
     */
    record Counts(int chars, int linkChars, int punctuation, int stops) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        /** Characters outside links. */
        int plainChars() {
            return chars - linkChars;
        }

        /** The share of the text that sits in links, 0 when there is no text. */
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        Counts plus(Counts other) {
            return new Counts(chars + other.chars, linkChars + other.linkChars, punctuation + other.punctuation,
                    stops + other.stops);
        }
    }

    /**
     * What is known about one element.
     *
     * @param total counts over the whole subtree
     * @param line counts over the element's own line of text (zero for inline elements)
     * @param order the element's position in document order
     */
    record ElementStats(Counts total, Counts line, int order) {
    }

    private final Map<Element, ElementStats> stats;

    private PageTextStats(Map<Element, ElementStats> stats) {
        this.stats = stats;
    }

    /** Gathers the statistics of {@code root} and every element below it. */
    static PageTextStats of(Element root) {
        Gatherer gatherer = new Gatherer();
        NodeTraversor.filter(gatherer, root);
        return new PageTextStats(gatherer.stats);
    }

    /** Returns the statistics of an element below the root, or empty counts for one not seen. */
    ElementStats at(Element element) {
        ElementStats found = stats.get(element);
        return found != null ? found : new ElementStats(Counts.NONE, Counts.NONE, -1);
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** Returns an element's own line of text: what it shows without entering a nested block. */
    static String lineText(Element element) {
        StringBuilder text = new StringBuilder();
        appendLine(element, text);
        return Whitespace.normalize(text);
    }

    private static void appendLine(Element element, StringBuilder text) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element inner && !isBlock(inner) && !HtmlBlocks.isHidden(inner)) {
                appendLine(inner, text);
            }
        }
    }

    /** Counts the characters and punctuation of a piece of text. */
    static Counts count(String text, boolean inLink) {
        int chars = 0;
        int punctuation = 0;
        int stops = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Whitespace.isSpace(c)) {
                continue;
            }
            chars++;
            switch (c) {
                case '。', '！', '？' -> {
                    stops++;
                    punctuation++;
                }
                case '，', '、', '；' -> punctuation++;
                default -> {
                }
            }
        }
        return inLink ? new Counts(chars, chars, 0, 0) : new Counts(chars, 0, punctuation, stops);
    }

    private static final class Gatherer implements NodeFilter {
        private final Map<Element, ElementStats> stats = new IdentityHashMap<>();
        private final Deque<Counts[]> open = new ArrayDeque<>();
        private final Deque<Integer> orders = new ArrayDeque<>();
        private int nextOrder;
        private int linkDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                Counts counts = count(text.getWholeText(), linkDepth > 0);
                Counts[] current = open.peek();
                if (current != null) {
                    current[0] = current[0].plus(counts);
                    current[1] = current[1].plus(counts);
                }
            } else if (node instanceof Element element) {
                if (HtmlBlocks.isHidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                open.push(new Counts[] {Counts.NONE, Counts.NONE});
                orders.push(nextOrder++);
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            Counts[] own = open.pop();
            int order = orders.pop();
            if (element.normalName().equals("a")) {
                linkDepth--;
            }
            boolean block = isBlock(element);
            stats.put(element, new ElementStats(own[0], block ? own[1] : Counts.NONE, order));
            Counts[] parent = open.peek();
            if (parent != null) {
                parent[0] = parent[0].plus(own[0]);
                if (!block) {
                    parent[1] = parent[1].plus(own[1]);
                }
            }
            return FilterResult.CONTINUE;
        }
    }
}
