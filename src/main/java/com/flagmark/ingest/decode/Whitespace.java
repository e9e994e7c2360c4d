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
        String in = text.toString();
        if (isNormal(in)) {
            // Most lines of Chinese text hold no whitespace, or single spaces between words: they
            // are returned as they are rather than copied into a new string.
            return in;
        }
        // Written into an array of the input's length, which the output never exceeds: each line
        // of every import passes here, and a builder's append checks its capacity at each character.
        char[] out = new char[in.length()];
        int size = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = size > 0;
                continue;
            }
            if (pendingSpace) {
                out[size++] = ' ';
                pendingSpace = false;
            }
            out[size++] = c;
        }
        return new String(out, 0, size);
    }

    /**
     * Tells whether {@link #normalize} would return the text unchanged: nothing invisible, and no
     * whitespace but single ASCII spaces between other characters.
     */
    private static boolean isNormal(String text) {
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\u3000' && c != '\uFEFF') {
                // Han text, the most of every article: neither white space nor invisible.
                afterSpace = false;
            } else if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isInvisible(c) || isSpace(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || text.isEmpty();
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
