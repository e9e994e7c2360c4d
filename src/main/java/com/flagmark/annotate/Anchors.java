package com.flagmark.annotate;

import com.flagmark.model.Anchor;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.FlagmarkException;
import java.util.Optional;

/**
 * Makes anchors from offsets into an article's canonical text, and finds an anchor again in a
 * text that has changed. Offsets count code points throughout, as {@link CanonicalText} counts
 * them.
 */
public final class Anchors {

    private Anchors() {
    }

    /**
     * Returns the anchor of {@code [start, end)} in {@code text}, with its quote and up to
     * {@link Anchor#CONTEXT} code points of context on each side.
     *
     * @throws FlagmarkException if the span is empty, out of the text, or only white space
     */
    public static Anchor of(String text, int start, int end) {
        int length = CanonicalText.length(text);
        if (start < 0 || end > length || start >= end) {
            throw new FlagmarkException(String.format(
                    "The span %d–%d is not inside the article's text (0–%d) or is empty.", start, end, length));
        }
        String exact = CanonicalText.slice(text, start, end);
        if (exact.isBlank()) {
            throw new FlagmarkException("The span " + start + "–" + end + " holds only white space.");
        }
        return new Anchor(start, end, exact, CanonicalText.slice(text, Math.max(0, start - Anchor.CONTEXT), start),
                CanonicalText.slice(text, end, Math.min(length, end + Anchor.CONTEXT)));
    }

    /** Tells whether the anchor's quote is the text between its offsets, so it stands where it says. */
    public static boolean fits(String text, Anchor anchor) {
        return anchor.end() <= CanonicalText.length(text)
                && CanonicalText.slice(text, anchor.start(), anchor.end()).equals(anchor.exact());
    }

    /**
     * Returns the span a selection should cover: the same span without white space at either end,
     * or empty when it holds nothing but white space.
     */
    public static Optional<Span> trimmed(String text, int start, int end) {
        int length = CanonicalText.length(text);
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(length, Math.max(start, end));
        while (from < to && Character.isWhitespace(CanonicalText.codePointAt(text, from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(CanonicalText.codePointAt(text, to - 1))) {
            to--;
        }
        return from < to ? Optional.of(new Span(from, to)) : Optional.empty();
    }
}
