package com.flagmark.render;

import java.util.Objects;

/**
 * A highlight the reader draws over an article's text: an annotation's span in code points of
 * the canonical text, the colour of its (first) code and whether it is the selected one; or a
 * suggestion's, drawn quietly (a dashed line in its code's colour) and apart from annotations.
 *
 * @param id the annotation's or the suggestion's id; the page reports it back when the highlight is clicked
 * @param colour {@code #RRGGBB}
 * @param suggested whether it marks a suggestion rather than an annotation
 */
public record Highlight(long id, int start, int end, String colour, boolean selected, boolean suggested) {

    public Highlight {
        Objects.requireNonNull(colour, "colour");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A highlight spans at least one character: " + start + "–" + end);
        }
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("A colour is #RRGGBB: " + colour);
        }
    }

    /** Returns the highlight of an annotation. */
    public Highlight(long id, int start, int end, String colour, boolean selected) {
        this(id, start, end, colour, selected, false);
    }

    /** Returns the number of code points it covers. */
    public int length() {
        return end - start;
    }
}
