package com.flagmark.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Articles new to the index, inverted as they come ({@link InvertedField}) and written into it
 * as one segment when the batch is full or whenever the index must hold them: before it
 * commits, before a search sees it, before an older entry is replaced or removed. Lucene's own
 * inversion of the same documents, term by term through its general hash of bytes, cost more
 * than all the rest of an import; the segment written is the same as its own would be.
 */
final class IndexBatch {

    /** Occurrences held before the batch is written: 8 bytes each, and 8 more while it is written. */
    private static final int ENTRIES_PER_SEGMENT = 3 << 20;

    private final Similarity similarity;
    private final InvertedField keys = new InvertedField(SearchFields.KEY, IndexOptions.DOCS);
    private final List<InvertedField> texts = new ArrayList<>();
    private long[] ids = new long[256];
    private int size;

    IndexBatch(Similarity similarity) {
        this.similarity = similarity;
        for (String field : SearchFields.TEXTS) {
            texts.add(new InvertedField(field, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS));
            texts.add(new InvertedField(SearchFields.characters(field), IndexOptions.DOCS_AND_FREQS));
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Adds an article new to the index: one that has no entry there yet. */
    void add(long id, String title, String kicker, String body) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, 2 * size);
        }
        ids[size++] = id;
        keys.addTerm(Long.toString(id));
        String[] values = {title, kicker, body};
        for (int i = 0; i < values.length; i++) {
            IndexTerms terms = IndexTerms.of(values[i]);
            texts.get(2 * i).add(terms, similarity);
            texts.get(2 * i + 1).add(terms, similarity);
        }
    }

    /** Tells whether the batch holds as much as one segment should. */
    boolean full() {
        long entries = 0;
        for (InvertedField text : texts) {
            entries += text.entryCount();
        }
        return entries >= ENTRIES_PER_SEGMENT;
    }

    /**
     * Writes the batch into the index as one segment and empties it. On failure the batch is
     * emptied all the same: its articles are to be indexed again from the library's log.
     */
    void writeTo(IndexWriter writer) throws IOException {
        if (size == 0) {
            return;
        }
        try {
            writer.addIndexes(SlowCodecReaderWrapper.wrap(asReader()));
        } finally {
            clear();
        }
    }

    /** The batch as the segment it is to be written as. */
    LeafReader asReader() {
        return new BatchReader(size, ids, keys, texts);
    }

    /** Forgets the batch without writing it. */
    void clear() {
        keys.clear();
        texts.forEach(InvertedField::clear);
        size = 0;
    }
}
