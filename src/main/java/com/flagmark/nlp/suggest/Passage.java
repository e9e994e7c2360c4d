package com.flagmark.nlp.suggest;

import java.util.Objects;

/**
 * A stretch of an article's canonical text, in code points as anchors count them.
 *
 * @param start the offset of its first code point
 * @param end the offset just after its last code point
 * @param exact the text between them
 */
public record Passage(int start, int end, String exact) {

    public Passage {
        Objects.requireNonNull(exact, "exact");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A passage runs forward from 0: " + start + "–" + end);
        }
    }
}
