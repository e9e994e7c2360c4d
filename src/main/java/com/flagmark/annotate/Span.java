package com.flagmark.annotate;

/** A span of an article's canonical text, in code points: {@code [start, end)}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: " + start + "–" + end);
        }
    }
}
