package com.flagmark.nlp;

import java.util.Objects;

/**
 * A word of a segmented text and where it stands, in code points of that text (as the canonical
 * text's offsets count: 𠮷 is one).
 *
 * @param start the offset of its first code point
 * @param end the offset just after its last code point
 */
public record Word(String text, int start, int end) {

    public Word {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A word covers at least one code point: " + start + "–" + end);
        }
    }
}
