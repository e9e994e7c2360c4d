package com.flagmark.library;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
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
 *
 * <p>A full batch is written behind, on the thread of {@code writing}, while the next one
 * fills: writing a segment through the codec costs about as much as inverting its articles,
 * and done in turn with it one of two cores stood idle whenever the index had fallen behind an
 * import. At most one batch is being written at a time; anything that needs the index to hold
 * every article waits for it ({@link #writeTo}).
 */
final class IndexBatch {

    /** Occurrences held before the batch is written: 8 bytes each, and 8 more while it is written. */
    private static final int ENTRIES_PER_SEGMENT = 3 << 20;

    private final Similarity similarity;
    private final Executor writing;
    private final int entriesPerSegment;
    private Inverted filling;
    /** The articles being written behind, with the write; both null when none is. */
    private Inverted written;
    private Future<?> write;
    /** Inverted articles emptied by a write behind, kept for the batch after the next. */
    private Inverted spare;

    /** A batch that writes a full segment on the thread that fills it. */
    IndexBatch(Similarity similarity) {
        this(similarity, Runnable::run, ENTRIES_PER_SEGMENT);
    }

    /** A batch that writes a full segment behind, on {@code writing}'s thread. */
    IndexBatch(Similarity similarity, Executor writing) {
        this(similarity, writing, ENTRIES_PER_SEGMENT);
    }

    IndexBatch(Similarity similarity, Executor writing, int entriesPerSegment) {
        this.similarity = similarity;
        this.writing = writing;
        this.entriesPerSegment = entriesPerSegment;
        this.filling = new Inverted();
    }

    /** Tells whether the batch holds no article, neither filling nor being written. */
    boolean isEmpty() {
        return filling.size == 0 && write == null;
    }

    /** Adds an article new to the index: one that has no entry there yet. */
    void add(long id, String title, String kicker, String body) {
        filling.add(id, title, kicker, body, similarity);
    }

    /** Tells whether the batch holds as much as one segment should. */
    boolean full() {
        return filling.entryCount() >= entriesPerSegment;
    }

    /**
     * Starts writing the batch into the index as one segment, behind, and goes on with an empty
     * one; waits first for the batch written before, whose failure it throws. On failure the
     * articles are dropped all the same: they are to be indexed again from the library's log.
     */
    void writeBehind(IndexWriter writer) throws IOException {
        try {
            awaitWrite();
        } catch (IOException | RuntimeException failed) {
            filling.clear();
            throw failed;
        }
        if (filling.size == 0) {
            return;
        }
        Inverted full = filling;
        filling = spare != null ? spare : new Inverted();
        spare = null;
        write = CompletableFuture.runAsync(() -> {
            try {
                writer.addIndexes(SlowCodecReaderWrapper.wrap(full.asReader()));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } finally {
                full.clear();
            }
        }, writing);
        written = full;
    }

    /**
     * Writes every article of the batch into the index, the one written behind first, and
     * empties it. On failure the batch is emptied all the same: its articles are to be indexed
     * again from the library's log.
     */
    void writeTo(IndexWriter writer) throws IOException {
        try {
            awaitWrite();
            if (filling.size > 0) {
                writer.addIndexes(SlowCodecReaderWrapper.wrap(filling.asReader()));
            }
        } finally {
            filling.clear();
        }
    }

    /** The articles filling the batch as the segment they are to be written as. */
    LeafReader asReader() {
        return filling.asReader();
    }

    /** Forgets the batch without writing it, once the one written behind, if any, is done. */
    void clear() {
        try {
            awaitWrite();
        } catch (IOException | RuntimeException forgotten) {
            // Whoever clears the batch has met a failure of its own, or this one, already.
        }
        filling.clear();
    }

    /**
     * Waits for the batch being written behind, if any, and throws what failed it. Interrupted,
     * it leaves the write pending: its arrays are not filled again before the write is done.
     */
    private void awaitWrite() throws IOException {
        if (write == null) {
            return;
        }
        Throwable failed = null;
        try {
            write.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Stopped waiting for the search index to take a batch.");
        } catch (ExecutionException writeFailed) {
            failed = writeFailed.getCause();
        }
        spare = written;
        written = null;
        write = null;
        if (failed instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed != null) {
            throw new IOException(failed);
        }
    }

    /** Articles inverted field by field, with their ids in the order they came. */
    private static final class Inverted {

        private final InvertedField keys = new InvertedField(SearchFields.KEY, IndexOptions.DOCS);
        private final List<InvertedField> texts = new ArrayList<>();
        private long[] ids = new long[256];
        private int size;

        Inverted() {
            for (String field : SearchFields.TEXTS) {
                texts.add(new InvertedField(field, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS));
                texts.add(new InvertedField(SearchFields.characters(field), IndexOptions.DOCS_AND_FREQS));
            }
        }

        void add(long id, String title, String kicker, String body, Similarity similarity) {
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

        long entryCount() {
            long entries = 0;
            for (InvertedField text : texts) {
                entries += text.entryCount();
            }
            return entries;
        }

        LeafReader asReader() {
            return new BatchReader(size, ids, keys, texts);
        }

        void clear() {
            keys.clear();
            texts.forEach(InvertedField::clear);
            size = 0;
        }
    }
}
