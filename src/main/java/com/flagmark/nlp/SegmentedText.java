package com.flagmark.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A text cut into words once, so that every finder of a suggestion pass reads the same words.
 * Words never run across a line break, and line breaks are not words. Offsets of {@link Word}
 * count code points; the finders work on Java strings, so the text also answers where a word
 * stands in UTF-16 units and converts between the two.
 */
public final class SegmentedText {

    private final String text;
    private final List<Word> words;
    private final int[] charStarts;
    private final int[] charEnds;
    /** The code-point offset of each UTF-16 index, or null where the two are the same. */
    private final int[] codePointAtChar;

    private SegmentedText(String text, List<String> pieces, int[] charStarts) {
        this.text = text;
        this.charStarts = charStarts;
        this.charEnds = new int[charStarts.length];
        this.codePointAtChar = text.length() == text.codePointCount(0, text.length()) ? null : codePoints(text);
        List<Word> cut = new ArrayList<>(pieces.size());
        for (int i = 0; i < charStarts.length; i++) {
            charEnds[i] = charStarts[i] + pieces.get(i).length();
            cut.add(new Word(pieces.get(i), codePointOffset(charStarts[i]), codePointOffset(charEnds[i])));
        }
        this.words = List.copyOf(cut);
    }

    /**
     * Cuts each line of {@code text} into words with {@code segmentLine}, whose words, joined,
     * must give the line back.
     */
    static SegmentedText of(String text, Function<String, List<String>> segmentLine) {
        List<String> pieces = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int at = lineStart;
            for (String piece : segmentLine.apply(text.substring(lineStart, lineEnd))) {
                if (!text.startsWith(piece, at)) {
                    throw new IllegalStateException("The segmenter changed the text at " + at + ": " + piece);
                }
                if (at > lineStart && Character.isLowSurrogate(text.charAt(at))
                        && Character.isHighSurrogate(text.charAt(at - 1))) {
                    // A word may not end inside a character written as two UTF-16 units.
                    int last = pieces.size() - 1;
                    pieces.set(last, pieces.get(last) + piece);
                } else {
                    pieces.add(piece);
                    starts.add(at);
                }
                at += piece.length();
            }
            lineStart = lineEnd + 1;
        }
        return new SegmentedText(text, pieces, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Returns the text that was segmented. */
    public String text() {
        return text;
    }

    /** Returns the words in text order. */
    public List<Word> words() {
        return words;
    }

    /** Returns the UTF-16 index at which the word with this index starts. */
    public int charStart(int wordIndex) {
        return charStarts[wordIndex];
    }

    /** Returns the UTF-16 index just after the word with this index. */
    public int charEnd(int wordIndex) {
        return charEnds[wordIndex];
    }

    /**
     * Returns the index of the word that holds the UTF-16 index {@code charIndex}, or -1 where
     * there is none (a line break, or the end of the text).
     */
    public int wordAt(int charIndex) {
        int found = Arrays.binarySearch(charStarts, charIndex);
        int index = found >= 0 ? found : -found - 2;
        return index >= 0 && charIndex < charEnds[index] ? index : -1;
    }

    /** Returns the index of the first word that starts at or after {@code charIndex}, or the word count. */
    public int firstWordFrom(int charIndex) {
        int found = Arrays.binarySearch(charStarts, charIndex);
        return found >= 0 ? found : -found - 1;
    }

    /** Tells whether no word runs across the UTF-16 index {@code charIndex}. */
    public boolean isBoundary(int charIndex) {
        int index = wordAt(charIndex);
        return index < 0 || charStarts[index] == charIndex;
    }

    /** Returns the code-point offset of the UTF-16 index {@code charIndex}. */
    public int codePointOffset(int charIndex) {
        return codePointAtChar == null ? charIndex : codePointAtChar[charIndex];
    }

    /** Both halves of a surrogate pair map to the code point they make. */
    private static int[] codePoints(String text) {
        int[] offsets = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            offsets[i] = codePoint;
            boolean pairStarts = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pairStarts) {
                codePoint++;
            }
        }
        offsets[text.length()] = codePoint;
        return offsets;
    }
}
