package com.flagmark.library;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text excerpt of an article around the first place a search matched, with "…" where
 * the article's text was cut and line breaks shown as spaces.
 *
 * @param text the excerpt
 * @param marks where the search matched inside {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Snippet.Mark> marks) {

    /**
     * A matched range of the excerpt: char indices {@code [start, end)} into
     * {@link Snippet#text()}, as {@link String#substring(int, int)} takes them (UTF-16 units,
     * not code points: this is a display excerpt, not an anchor in the canonical text).
     */
    public record Mark(int start, int end) {

        public Mark {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("No mark from " + start + " to " + end);
            }
        }
    }

    public Snippet {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
        int previousEnd = 0;
        for (Mark mark : marks) {
            if (mark.start() < previousEnd || mark.end() > text.length()) {
                throw new IllegalArgumentException("Marks must be in order, apart and inside the"
                        + " text: " + marks);
            }
            previousEnd = mark.end();
        }
    }

    /**
     * Returns the excerpt as HTML: the text escaped ({@code & < > "}) and every mark wrapped in
     * {@code <mark>…</mark>}, ready to put inside an element.
     */
    public String toMarkedHtml() {
        StringBuilder html = new StringBuilder(text.length() + marks.size() * 13 + 16);
        int position = 0;
        for (Mark mark : marks) {
            escape(text, position, mark.start(), html);
            html.append("<mark>");
            escape(text, mark.start(), mark.end(), html);
            html.append("</mark>");
            position = mark.end();
        }
        escape(text, position, text.length(), html);
        return html.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
    }
}
