package com.flagmark.model;

import java.util.List;

/**
 * The canonical plain text of an article and the offsets into it. Offsets count Unicode code
 * points, not UTF-16 units, as the W3C Web Annotation model and REFI-QDA require: 𠮷 is one
 * code point and two Java chars. Offsets into an article's text are turned into Java char
 * positions here and nowhere else: anchors, the library's checks and the reader all use it.
 */
public final class CanonicalText {

    private CanonicalText() {
    }

    /** Joins the blocks' text with {@code \n} (a block is never empty). */
    public static String of(List<Block> blocks) {
        String[] texts = new String[blocks.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = blocks.get(i).text();
        }
        // Joined in one copy of the exact size: an import asks for each article's text several
        // times, and a growing builder copied each text four or five times over.
        return String.join("\n", texts);
    }

    /** Returns the code-point offset at which each block starts in the canonical text. */
    public static int[] blockStarts(List<Block> blocks) {
        int[] starts = new int[blocks.size()];
        int offset = 0;
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = offset;
            offset += length(blocks.get(i).text()) + 1;
        }
        return starts;
    }

    /** Returns the length of a text in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Returns the text between two code-point offsets, {@code [start, end)}. */
    public static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    /** Returns the code point at a code-point offset. */
    public static int codePointAt(String text, int offset) {
        return text.codePointAt(text.offsetByCodePoints(0, offset));
    }

    /** Returns the code-point offset of a Java char index, such as one {@link String#indexOf} found. */
    public static int offsetOf(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
