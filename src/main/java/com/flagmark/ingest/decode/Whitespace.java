package com.flagmark.ingest.decode;

/**
 * The only change the cleaner makes to the characters of a text: whitespace of every kind
 * (full-width spaces, NBSP, tabs, line breaks, indentation) becomes one ASCII space, with none
 * at the ends, and invisible zero-width characters go.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Collapses every run of whitespace to one space and trims the ends. */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Tells whether a character is whitespace of any kind, ASCII or not. */
    public static boolean isSpace(char c) {
        if (c > '\u3000') {
            // Past the ideographic space no character is whitespace: the Han text that makes up
            // most of every article needs no look-up in the character tables.
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u2007'
                || c == '\u202F';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD';
    }
}
