package com.flagmark.model;

import java.util.Objects;

/**
 * One block of an article's body: a paragraph, heading, byline and so on. Its text is a single
 * line (no line feed), trimmed, and never empty, so that the canonical text can join blocks
 * with {@code \n}.
 */
public record Block(BlockKind kind, String text) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A block needs text");
        }
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A block is one line: " + text);
        }
    }

    public static Block paragraph(String text) {
        return new Block(BlockKind.PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(BlockKind.HEADING, text);
    }
}
