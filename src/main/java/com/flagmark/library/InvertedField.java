package com.flagmark.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.Version;

/**
 * One field's terms for a batch of new articles, inverted in plain arrays: a term gets a
 * number the first time it is met, and each occurrence appends that number and its position
 * (for a field of words) or its count (for a field of characters), document after document.
 * {@link #postings} sorts them by term once, as the batch is written. The terms come from
 * {@link IndexTerms} as code points, so nothing is turned into text or bytes per occurrence.
 */
final class InvertedField {

    /** Room for occurrences a new field starts with; it doubles as a batch needs. */
    private static final int INITIAL_ENTRIES = 1 << 16;

    private final String name;
    private final IndexOptions options;

    /** Terms of one or two code points, by key ({@link #key}): an open-addressing table of term numbers + 1. */
    private long[] slotKeys = new long[1 << 14];
    private int[] slotTerms = new int[1 << 14];
    private final Map<String, Integer> textTerms = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    /** Each term's key, or for a term given as text (a run of letters and digits) {@code -1 - its index} in {@link #texts}. */
    private long[] termKeys = new long[1 << 12];
    /** How many occurrences each term has in the batch. */
    private int[] termEntries = new int[1 << 12];
    private int termCount;

    /** Each occurrence's term and its position or count, in the order the documents came. */
    private int[] entryTerms = new int[INITIAL_ENTRIES];
    private int[] entryValues = new int[INITIAL_ENTRIES];
    private int entryCount;
    /**
     * The entries sorted by term, by {@link #postings}: kept from batch to batch, as the entries
     * themselves are, so that the process does not take new memory of this size for each.
     */
    private int[] sortedDocuments = new int[0];
    private int[] sortedValues = new int[0];
    /** For each document of the batch, where its entries start; the last one where the entries end. */
    private int[] documentStarts = new int[64];
    /** Each document's norm, 0 where it has no text in this field; -1 in the field an entry is found by, which keeps none. */
    private long[] norms = new long[64];
    private int documentCount;

    InvertedField(String name, IndexOptions options) {
        this.name = name;
        this.options = options;
    }

    String name() {
        return name;
    }

    IndexOptions options() {
        return options;
    }

    int entryCount() {
        return entryCount;
    }

    /**
     * Adds the next document of the batch: its words with positions, or its characters with
     * counts, as this field holds them; a document without text has none and a norm of 0.
     */
    void add(IndexTerms terms, Similarity similarity) {
        growDocuments();
        documentStarts[documentCount] = entryCount;
        if (options == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) {
            norms[documentCount] = addWords(terms, similarity);
        } else {
            norms[documentCount] = addCharacters(terms, similarity);
        }
        documentCount++;
    }

    /** Adds the next document with one term given as text and no norm: for the field an entry is found by. */
    void addTerm(String text) {
        growDocuments();
        documentStarts[documentCount] = entryCount;
        growEntries(1);
        int term = textTerm(text);
        entryTerms[entryCount] = term;
        entryValues[entryCount++] = 1;
        termEntries[term]++;
        norms[documentCount++] = -1;
    }

    /** Forgets the batch once it is written, keeping the arrays for the next. */
    void clear() {
        Arrays.fill(slotTerms, 0);
        Arrays.fill(termEntries, 0, termCount, 0);
        textTerms.clear();
        texts.clear();
        termCount = 0;
        entryCount = 0;
        documentCount = 0;
    }

    private long addWords(IndexTerms terms, Similarity similarity) {
        int count = terms.wordCount();
        growEntries(count);
        int overlaps = 0;
        for (int i = 0; i < count; i++) {
            int first = terms.wordFirst(i);
            int term = first < 0 ? textTerm(terms.letterRun(i)) : codeTerm(key(first, terms.wordSecond(i)));
            int position = terms.wordPosition(i);
            if (i > 0 && position == terms.wordPosition(i - 1)) {
                overlaps++;
            }
            entryTerms[entryCount] = term;
            entryValues[entryCount++] = position;
            termEntries[term]++;
        }
        int lastPosition = count == 0 ? -1 : terms.wordPosition(count - 1);
        // The count of distinct words is left at the count of words: BM25, the index's
        // similarity, reads it only for a field without frequencies, and IndexBatchTest would
        // catch another similarity's norms differing from Lucene's.
        return norm(similarity, lastPosition, count, overlaps, count);
    }

    private long addCharacters(IndexTerms terms, Similarity similarity) {
        int count = terms.characterCount();
        growEntries(count);
        int length = 0;
        for (int i = 0; i < count; i++) {
            int term = codeTerm(key(terms.character(i), -1));
            int frequency = terms.characterFrequency(i);
            entryTerms[entryCount] = term;
            entryValues[entryCount++] = frequency;
            termEntries[term]++;
            length += frequency;
        }
        return norm(similarity, count - 1, length, 0, count);
    }

    /** The norm Lucene's own inversion would record for a field of this shape, from the index's similarity. */
    private long norm(Similarity similarity, int lastPosition, int length, int overlaps, int uniqueTerms) {
        if (length == 0) {
            return 0;
        }
        return similarity.computeNorm(new FieldInvertState(Version.LATEST.major, name, options, lastPosition, length,
                overlaps, 0, 0, uniqueTerms));
    }

    /** A term of one code point ({@code second} -1) or two, as one number: code points take 21 bits. */
    private static long key(int first, int second) {
        return ((long) first << 21) | (second + 1);
    }

    private int codeTerm(long key) {
        int mask = slotKeys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (slotTerms[slot] != 0) {
            if (slotKeys[slot] == key) {
                return slotTerms[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        int term = newTerm(key);
        slotKeys[slot] = key;
        slotTerms[slot] = term + 1;
        if (2 * termCount > slotKeys.length) {
            rehash();
        }
        return term;
    }

    private int textTerm(String run) {
        Integer known = textTerms.get(run);
        if (known != null) {
            return known;
        }
        int term = newTerm(-1L - texts.size());
        texts.add(run);
        textTerms.put(run, term);
        return term;
    }

    private int newTerm(long key) {
        if (termCount == termKeys.length) {
            termKeys = Arrays.copyOf(termKeys, 2 * termCount);
            termEntries = Arrays.copyOf(termEntries, 2 * termCount);
        }
        termKeys[termCount] = key;
        return termCount++;
    }

    private void rehash() {
        long[] keys = new long[2 * slotKeys.length];
        int[] terms = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < slotKeys.length; i++) {
            if (slotTerms[i] != 0) {
                int slot = (int) ((slotKeys[i] * 0x9E3779B97F4A7C15L) >>> 40) & mask;
                while (terms[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = slotKeys[i];
                terms[slot] = slotTerms[i];
            }
        }
        slotKeys = keys;
        slotTerms = terms;
    }

    private void growEntries(int more) {
        if (entryCount + more > entryTerms.length) {
            int size = Math.max(entryCount + more, 2 * entryTerms.length);
            entryTerms = Arrays.copyOf(entryTerms, size);
            entryValues = Arrays.copyOf(entryValues, size);
        }
    }

    private void growDocuments() {
        if (documentCount + 1 >= documentStarts.length) {
            documentStarts = Arrays.copyOf(documentStarts, 2 * documentStarts.length);
            norms = Arrays.copyOf(norms, 2 * norms.length);
        }
    }

    /**
     * Sorts the field's occurrences by term, in the order of the terms' UTF-8 bytes that
     * Lucene's terms dictionary keeps, each term's documents and positions staying in order.
     * Returns empty postings for a field no document of the batch has text in.
     */
    InvertedPostings postings() {
        documentStarts[documentCount] = entryCount;
        BytesRef[] bytes = new BytesRef[termCount];
        for (int term = 0; term < termCount; term++) {
            bytes[term] = bytesOf(termKeys[term]);
        }
        int[] order = new int[termCount];
        Arrays.setAll(order, term -> term);
        new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                int kept = order[i];
                order[i] = order[j];
                order[j] = kept;
            }

            @Override
            protected void setPivot(int i) {
                pivot = order[i];
            }

            @Override
            protected int comparePivot(int j) {
                return compareTerms(pivot, order[j], bytes);
            }
        }.sort(0, termCount);
        // The entries of each term where the writer reads them, in the terms' order, so that
        // it reads them all in one pass.
        int[] ords = new int[termCount];
        BytesRef[] sorted = new BytesRef[termCount];
        int[] starts = new int[termCount + 1];
        for (int ord = 0; ord < termCount; ord++) {
            ords[order[ord]] = ord;
            sorted[ord] = bytes[order[ord]];
            starts[ord + 1] = starts[ord] + termEntries[order[ord]];
        }
        int[] next = Arrays.copyOf(starts, termCount);
        if (sortedDocuments.length < entryCount) {
            sortedDocuments = new int[entryTerms.length];
            sortedValues = new int[entryTerms.length];
        }
        int[] documents = sortedDocuments;
        int[] values = sortedValues;
        for (int document = 0; document < documentCount; document++) {
            for (int entry = documentStarts[document]; entry < documentStarts[document + 1]; entry++) {
                int at = next[ords[entryTerms[entry]]]++;
                documents[at] = document;
                values[at] = entryValues[entry];
            }
        }
        return new InvertedPostings(options, sorted, starts, documents, values,
                Arrays.copyOf(norms, documentCount));
    }

    /**
     * Compares two terms as their UTF-8 bytes compare. Two terms of code points compare by
     * their keys: UTF-8 keeps the order of code points, and a term of one code point comes
     * before every term of two it begins.
     */
    private int compareTerms(int term, int other, BytesRef[] bytes) {
        long key = termKeys[term];
        long otherKey = termKeys[other];
        if (key >= 0 && otherKey >= 0) {
            return Long.compare(key, otherKey);
        }
        return bytes[term].compareTo(bytes[other]);
    }

    private BytesRef bytesOf(long key) {
        if (key < 0) {
            return new BytesRef(texts.get((int) (-1L - key)));
        }
        int first = (int) (key >>> 21);
        int second = (int) (key & 0x1FFFFF) - 1;
        StringBuilder text = new StringBuilder(4).appendCodePoint(first);
        if (second >= 0) {
            text.appendCodePoint(second);
        }
        return new BytesRef(text);
    }
}
