package com.flagmark.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The terms one field of an article puts in the index, read in one pass over its text with
 * {@link SearchTokens}, in two parts. The <em>characters</em>: each one-character token once,
 * with how often it occurs, for one-character queries, which need no positions. The
 * <em>words</em>, with positions, for every longer query: each two characters side by side,
 * at the place of the first; the first and last character of every run of such characters;
 * and every run of letters and digits. Where anything separates two tokens the position skips
 * one, so no phrase spans punctuation or a line break. Indexing each character once, not once
 * per occurrence, nearly halves the terms Lucene must take in.
 */
final class IndexTerms implements SearchTokens.Sink {

    /** Counts of the characters of the Basic Multilingual Plane, reused by each text a thread reads. */
    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[0x10000]);

    private final int[] counts = COUNTS.get();
    private final Map<Integer, Integer> supplementaryCounts = new HashMap<>();
    private int[] characters;
    private int characterCount;

    /** Each word: first and second code point (second -1 for one character), or, for a letter run, -1 and its index. */
    private int[] firsts;
    private int[] seconds;
    private int[] positions;
    private int wordCount;
    private final List<String> letterRuns = new ArrayList<>();

    private int position = -1;
    private int previousEnd = -1;
    /** The last character token, while the run of characters it ends may go on; -1 otherwise. */
    private int runLast = -1;
    private int runLastPosition;
    private boolean runLastIsStart;

    /**
     * Sizes the arrays for a text of {@code length} characters, which gives about one word per
     * character: grown from a few dozen, a long article's would be copied six or seven times.
     */
    private IndexTerms(int length) {
        int words = length + 16;
        firsts = new int[words];
        seconds = new int[words];
        positions = new int[words];
        characters = new int[Math.min(2 * length + 2, 4096)];
    }

    /** Reads the terms of {@code text}; a null text (an article without a title or kicker) has none. */
    static IndexTerms of(String text) {
        String read = text == null ? "" : text;
        IndexTerms terms = new IndexTerms(read.length());
        SearchTokens.scan(read, terms);
        terms.endRun();
        terms.collectCounts();
        return terms;
    }

    /** The characters, each once with its number of occurrences, for a field without positions. */
    TokenStream characters() {
        return new Stream(characterCount) {
            @Override
            void set(int index, CharTermAttribute term, PositionIncrementAttribute increment,
                    TermFrequencyAttribute frequency) {
                appendCodePoint(term, characters[2 * index]);
                frequency.setTermFrequency(characters[2 * index + 1]);
            }
        };
    }

    /** The words with their positions, for phrases. */
    TokenStream words() {
        return new Stream(wordCount) {
            @Override
            void set(int index, CharTermAttribute term, PositionIncrementAttribute increment,
                    TermFrequencyAttribute frequency) {
                if (firsts[index] < 0) {
                    term.append(letterRuns.get(seconds[index]));
                } else {
                    appendCodePoint(term, firsts[index]);
                    if (seconds[index] >= 0) {
                        appendCodePoint(term, seconds[index]);
                    }
                }
                increment.setPositionIncrement(positions[index] - (index == 0 ? -1 : positions[index - 1]));
            }
        };
    }

    /** How many words the text has, with positions: for an inverter that takes them one by one. */
    int wordCount() {
        return wordCount;
    }

    /** The word's first code point, or -1 for a run of letters and digits ({@link #letterRun}). */
    int wordFirst(int index) {
        return firsts[index];
    }

    /** The word's second code point, or -1 for a word of one character. */
    int wordSecond(int index) {
        return seconds[index];
    }

    /** The text of a word that is a run of letters and digits. */
    String letterRun(int index) {
        return letterRuns.get(seconds[index]);
    }

    int wordPosition(int index) {
        return positions[index];
    }

    /** How many different characters the text has. */
    int characterCount() {
        return characterCount;
    }

    int character(int index) {
        return characters[2 * index];
    }

    int characterFrequency(int index) {
        return characters[2 * index + 1];
    }

    @Override
    public void single(int codePoint, int start, int end) {
        boolean touching = advance(start, end);
        count(codePoint);
        if (runLast >= 0 && touching) {
            addWord(runLast, codePoint, runLastPosition);
            runLastIsStart = false;
        } else {
            endRun();
            addWord(codePoint, -1, position);
            runLastIsStart = true;
        }
        runLast = codePoint;
        runLastPosition = position;
    }

    @Override
    public void word(CharSequence folded, int start, int end) {
        advance(start, end);
        endRun();
        if (fitsOneTerm(folded)) {
            addWord(-1, letterRuns.size(), position);
            letterRuns.add(folded.toString());
        }
    }

    /**
     * Tells whether a run of letters and digits fits in one Lucene term (32,766 bytes of UTF-8).
     * A longer run (a pasted hexadecimal dump, a key) is left out, keeping its place: Lucene
     * refuses a whole article for it, and the index, which follows the log in order, would stop
     * there for good; a query naming such a run finds nothing either way.
     */
    private static boolean fitsOneTerm(CharSequence run) {
        return run.length() <= IndexWriter.MAX_TERM_LENGTH / 3
                || UnicodeUtil.calcUTF16toUTF8Length(run, 0, run.length()) <= IndexWriter.MAX_TERM_LENGTH;
    }

    /** Moves to the next token's position; tells whether it touches the one before. */
    private boolean advance(int start, int end) {
        boolean touching = start == previousEnd;
        position += position < 0 ? 1 : SearchQuery.step(touching);
        previousEnd = end;
        return touching;
    }

    /** Ends the current run of characters: its last one is a word of its own, unless it also began the run. */
    private void endRun() {
        if (runLast >= 0 && !runLastIsStart) {
            addWord(runLast, -1, runLastPosition);
        }
        runLast = -1;
    }

    private void addWord(int first, int second, int at) {
        if (wordCount == firsts.length) {
            firsts = Arrays.copyOf(firsts, wordCount * 2);
            seconds = Arrays.copyOf(seconds, wordCount * 2);
            positions = Arrays.copyOf(positions, wordCount * 2);
        }
        firsts[wordCount] = first;
        seconds[wordCount] = second;
        positions[wordCount] = at;
        wordCount++;
    }

    private void count(int codePoint) {
        if (codePoint >= counts.length) {
            supplementaryCounts.merge(codePoint, 1, Integer::sum);
            return;
        }
        if (counts[codePoint]++ == 0) {
            if (2 * characterCount + 1 >= characters.length) {
                characters = Arrays.copyOf(characters, characters.length * 2);
            }
            characters[2 * characterCount++] = codePoint;
        }
    }

    /** Moves the counts out of the shared table, leaving it clean for the next text. */
    private void collectCounts() {
        for (int i = 0; i < characterCount; i++) {
            int codePoint = characters[2 * i];
            characters[2 * i + 1] = counts[codePoint];
            counts[codePoint] = 0;
        }
        for (Map.Entry<Integer, Integer> entry : supplementaryCounts.entrySet()) {
            if (2 * characterCount + 1 >= characters.length) {
                characters = Arrays.copyOf(characters, characters.length * 2);
            }
            characters[2 * characterCount] = entry.getKey();
            characters[2 * characterCount++ + 1] = entry.getValue();
        }
    }

    private static void appendCodePoint(CharTermAttribute term, int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            term.append((char) codePoint);
        } else {
            term.append(Character.highSurrogate(codePoint)).append(Character.lowSurrogate(codePoint));
        }
    }

    /** A token stream over terms already read. */
    private abstract static class Stream extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final int size;
        private int next;

        Stream(int size) {
            this.size = size;
        }

        abstract void set(int index, CharTermAttribute term, PositionIncrementAttribute increment,
                TermFrequencyAttribute frequency);

        @Override
        public final boolean incrementToken() {
            if (next >= size) {
                return false;
            }
            clearAttributes();
            set(next++, term, increment, frequency);
            return true;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            next = 0;
        }
    }
}
