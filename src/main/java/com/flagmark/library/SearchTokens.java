package com.flagmark.library;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into search tokens, the same way for the index, for queries and for snippets:
 * every Han, kana or Hangul character is a token of its own, a run of other letters and
 * digits is one token, and everything else separates tokens. Full-width ASCII (Ｆ０) is folded
 * to ASCII and letters to lower case, so 5G finds ５ｇ. Two one-character tokens side by side
 * with nothing between them form a word of two characters (see {@link SearchAnalyzer}).
 */
final class SearchTokens {

    /**
     * A token and where it lies in the text, as char indices {@code [start, end)}.
     *
     * @param single whether it is one Han, kana, Hangul, Bopomofo or Yi character, which pairs
     *        with a neighbouring one into a two-character word
     */
    record Token(String text, int start, int end, boolean single) {

        /** Tells whether this token follows {@code previous} with nothing at all between them. */
        boolean touches(Token previous) {
            return previous.end == start;
        }

        /** Tells whether this token and the one after it make a two-character word. */
        boolean pairsWith(Token next) {
            return single && next.single && next.touches(this);
        }
    }

    private static final Set<UnicodeScript> ONE_CHARACTER_SCRIPTS = Set.of(
            UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA,
            UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO, UnicodeScript.YI);

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_SHIFT = 0xFEE0;

    private SearchTokens() {
    }

    /** Returns the tokens of {@code text} in order. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        scan(text, new Sink() {
            @Override
            public void single(int codePoint, int start, int end) {
                tokens.add(new Token(Character.toString(codePoint), start, end, true));
            }

            @Override
            public void word(CharSequence folded, int start, int end) {
                tokens.add(new Token(folded.toString(), start, end, false));
            }
        });
        return tokens;
    }

    /** Receives the tokens of a text in order, without a token object for each. */
    interface Sink {

        /** A one-character token: its code point, folded, at char indices {@code [start, end)}. */
        void single(int codePoint, int start, int end);

        /** A run of letters and digits, folded; {@code folded} is valid only during the call. */
        void word(CharSequence folded, int start, int end);
    }

    /** Hands every token of {@code text} to {@code sink}, in order: the index's fast way to tokenise. */
    static void scan(String text, Sink sink) {
        StringBuilder run = new StringBuilder();
        int runStart = -1;
        int index = 0;
        while (index < text.length()) {
            char unit = text.charAt(index);
            if (isCommonIdeograph(unit)) {
                // The bulk of Chinese text: a token of its own, with nothing to fold.
                if (runStart >= 0) {
                    sink.word(run, runStart, index);
                    run.setLength(0);
                    runStart = -1;
                }
                sink.single(unit, index, index + 1);
                index++;
                continue;
            }
            int original = text.codePointAt(index);
            int next = index + Character.charCount(original);
            int folded = fold(original);
            boolean single = isOneCharacterToken(folded);
            boolean word = !single && (isLetterOrDigit(folded) || runStart >= 0 && isMark(folded));
            if (runStart >= 0 && !word) {
                sink.word(run, runStart, index);
                run.setLength(0);
                runStart = -1;
            }
            if (single) {
                sink.single(folded, index, next);
            } else if (word) {
                if (runStart < 0) {
                    runStart = index;
                }
                run.appendCodePoint(folded);
            }
            index = next;
        }
        if (runStart >= 0) {
            sink.word(run, runStart, text.length());
        }
    }

    private static boolean isCommonIdeograph(int codePoint) {
        return codePoint >= 0x4E00 && codePoint <= 0x9FFF;
    }

    private static int fold(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
        }
        int ascii = codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST
                ? codePoint - FULL_WIDTH_SHIFT
                : codePoint;
        return Character.toLowerCase(ascii);
    }

    private static boolean isOneCharacterToken(int codePoint) {
        if (codePoint < 0x80) {
            return false;
        }
        return Character.isIdeographic(codePoint)
                || ONE_CHARACTER_SCRIPTS.contains(UnicodeScript.of(codePoint))
                        && Character.isLetterOrDigit(codePoint);
    }

    private static boolean isLetterOrDigit(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9'
                    || codePoint >= 'A' && codePoint <= 'Z';
        }
        return Character.isLetterOrDigit(codePoint);
    }

    /** Tells whether a code point is an accent or vowel sign that belongs to the letter before it. */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
