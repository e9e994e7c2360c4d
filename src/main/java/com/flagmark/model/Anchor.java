package com.flagmark.model;

import java.util.Objects;

/**
 * Where an annotation sits in an article's canonical text, both by position and by quote, as
 * the W3C Web Annotation model's TextPositionSelector and TextQuoteSelector do. Offsets count
 * code points; {@code exact} is the text between them, {@code prefix} and {@code suffix} up to
 * 32 code points of context on either side.
 */
public record Anchor(int start, int end, String exact, String prefix, String suffix) {

    /** How many code points of context an anchor keeps on each side. */
    public static final int CONTEXT = 32;

    public Anchor {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("An anchor spans at least one character: " + start + "–" + end);
        }
        if (CanonicalText.length(exact) != end - start) {
            throw new IllegalArgumentException("The quote does not fit the offsets " + start + "–" + end);
        }
    }

    /** Tells whether this anchor and another share at least one character. */
    public boolean overlaps(Anchor other) {
        return start < other.end && other.start < end;
    }
}
