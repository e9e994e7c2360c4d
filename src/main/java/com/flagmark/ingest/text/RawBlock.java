package com.flagmark.ingest.text;

import java.util.Objects;

/**
 * A line of body text as a source gave it, before cleaning: whitespace already normalised,
 * never empty, with what the markup said about it.
 */
public record RawBlock(String text, Hint hint) {

    /** What the source's markup said about a line. */
    public enum Hint {
        NONE,
        /** An h1–h6 element, or a paragraph set wholly in bold. */
        HEADING,
        /** A blockquote. */
        QUOTE,
        /** A figcaption, or a centred line right below an image. */
        CAPTION,
        /** A cell of a table's row of several: a value such as 051300 or 机电技术应用, never a heading. */
        CELL
    }

    public RawBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hint, "hint");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A raw block needs text");
        }
    }

    /** Returns a line the markup said nothing about. */
    public static RawBlock plain(String text) {
        return new RawBlock(text, Hint.NONE);
    }

    RawBlock withText(String newText) {
        return new RawBlock(newText, hint);
    }
}
