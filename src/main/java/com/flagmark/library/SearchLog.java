package com.flagmark.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexWriter;

/**
 * The library file's log of changes to articles' searchable text ({@code search_log}, written
 * by triggers in the same transaction as each change), read by the search index to catch up.
 */
final class SearchLog {

    /** How many changes are read and indexed at a time. */
    private static final int CHANGES_PER_READ = 500;

    private static final String CHANGES = "SELECT seq, article_id FROM search_log WHERE seq > ? ORDER BY seq LIMIT "
            + CHANGES_PER_READ;
    /**
     * The text of the articles a stretch of the log names, the log read first ({@code CROSS JOIN}
     * keeps that order). Joined as an inner join: SQLite cannot flatten {@code articles_read}
     * (itself a left join) into the right side of a left join, and would copy every article of
     * the file into a temporary table for each read; an article the log names that is gone has
     * no row here and is removed from the index.
     */
    static final String TEXTS = "SELECT a.id, a.title, a.kicker, a.text"
            + " FROM search_log l CROSS JOIN articles_read a ON a.id = l.article_id WHERE l.seq > ? AND l.seq <= ?";

    private SearchLog() {
    }

    /**
     * How far an index has followed the log.
     *
     * @param seq the last change indexed, 0 for none
     * @param articleId the article that change was about, which tells this file's log from
     *        another's (an older copy of the file, or another library's)
     * @param highestId the highest article id ever indexed: an article above it is new to the
     *        index and can be added without looking for an older entry
     */
    record Position(long seq, long articleId, long highestId) {

        static final Position START = new Position(0, 0, 0);

        private static final String SEQ = "flagmark.log.seq";
        private static final String ARTICLE = "flagmark.log.article";
        private static final String HIGHEST = "flagmark.log.highest";

        /** Reads the position an index committed; an index that recorded none starts over. */
        static Position of(Iterable<Map.Entry<String, String>> commitData) {
            if (commitData == null) {
                return START;
            }
            Map<String, String> data = new HashMap<>();
            commitData.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            try {
                return new Position(Long.parseLong(data.getOrDefault(SEQ, "0")),
                        Long.parseLong(data.getOrDefault(ARTICLE, "0")),
                        Long.parseLong(data.getOrDefault(HIGHEST, "0")));
            } catch (NumberFormatException foreign) {
                return new Position(-1, 0, 0);
            }
        }

        /**
         * Returns the earlier position {@code start} with this one's highest id: where to index
         * again from when the changes since {@code start} may be missing from the index, replacing
         * whatever entries of them it holds rather than adding them twice.
         */
        Position backTo(Position start) {
            return new Position(start.seq(), start.articleId(), Math.max(start.highestId(), highestId));
        }

        Map<String, String> toCommitData() {
            return Map.of(SEQ, Long.toString(seq), ARTICLE, Long.toString(articleId), HIGHEST,
                    Long.toString(highestId));
        }
    }

    /** One change: the article's text as it is now, or none if the article is gone. */
    private record Change(long seq, long articleId, String title, String kicker, String text) {
    }

    /** An entry of the log: the change numbered {@code seq} was about this article. */
    private record Logged(long seq, long articleId) {
    }

    /** An article's searchable text as the file holds it. */
    private record Searchable(String title, String kicker, String text) {
    }

    /** Changes read from the log, in order. */
    static final class Changes {

        private final List<Change> changes;

        private Changes(List<Change> changes) {
            this.changes = changes;
        }

        boolean isEmpty() {
            return changes.isEmpty();
        }

        /**
         * Writes the changes into the index on as many threads as there are {@code batches}, this
         * one and others from {@code helpers}, and returns the position they bring it to. Each
         * thread inverts its new articles into a batch of its own, so the work divides across
         * cores; the changes of one article all go to one thread, in their order. New articles
         * may stay in their batch, not yet in the index, until it is written.
         */
        Position applyTo(IndexWriter writer, List<IndexBatch> batches, Position from, Executor helpers)
                throws IOException {
            int threads = batches.size();
            List<List<Change>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                parts.add(new ArrayList<>());
            }
            changes.forEach(change -> parts.get((int) Math.floorMod(change.articleId(), (long) threads)).add(change));
            List<CompletableFuture<Void>> others = new ArrayList<>();
            for (int i = 1; i < threads; i++) {
                List<Change> part = parts.get(i);
                IndexBatch batch = batches.get(i);
                if (!part.isEmpty()) {
                    others.add(CompletableFuture.runAsync(() -> applyUnchecked(writer, batch, part, from.highestId()),
                            helpers));
                }
            }
            IOException failure = null;
            try {
                apply(writer, batches.get(0), parts.get(0), from.highestId());
            } catch (IOException e) {
                failure = e;
            }
            for (CompletableFuture<Void> other : others) {
                try {
                    other.join();
                } catch (CompletionException e) {
                    IOException cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause()
                            : new IOException(e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            Change last = changes.get(changes.size() - 1);
            return new Position(last.seq(), last.articleId(), attempted(from).highestId());
        }

        /**
         * Returns the position {@code from} with every article of these changes counted as
         * indexed: after an attempt at them failed part way, when the index may hold some of
         * them already, so that the next attempt replaces their entries instead of adding
         * them again. The position in the log stays where it was.
         */
        Position attempted(Position from) {
            long highest = Math.max(from.highestId(), changes.stream().mapToLong(Change::articleId).max().orElse(0));
            return new Position(from.seq(), from.articleId(), highest);
        }

        private static void applyUnchecked(IndexWriter writer, IndexBatch batch, List<Change> part,
                long highestIndexed) {
            try {
                apply(writer, batch, part, highestIndexed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Applies changes in order. An article above the highest id ever indexed is new to the
         * index and goes into the batch without looking for an older entry; its later changes
         * replace it, once the batch is written. The batch is written before any entry is
         * replaced or removed, so that the index takes every change in the order it was made.
         */
        private static void apply(IndexWriter writer, IndexBatch batch, List<Change> part, long highestIndexed)
                throws IOException {
            long highest = highestIndexed;
            for (Change change : part) {
                if (change.text() == null) {
                    batch.writeTo(writer);
                    writer.deleteDocuments(SearchFields.key(change.articleId()));
                } else if (change.articleId() > highest) {
                    batch.add(change.articleId(), change.title(), change.kicker(), change.text());
                    if (batch.full()) {
                        batch.writeBehind(writer);
                    }
                } else {
                    batch.writeTo(writer);
                    writer.updateDocument(SearchFields.key(change.articleId()), SearchFields.document(
                            change.articleId(), change.title(), change.kicker(), change.text()));
                }
                highest = Math.max(highest, change.articleId());
            }
        }
    }

    /**
     * Tells whether the log of this file holds the position an index recorded: the same change
     * at the same place. An index that recorded no position at all is built again too. An index made from another file, or from this file before it was
     * replaced by an older copy, does not, and must be built again.
     */
    static boolean holds(Connection connection, Position position) throws SQLException {
        if (position.seq() <= 0) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT article_id FROM search_log WHERE seq = ?")) {
            query.setLong(1, position.seq());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) == position.articleId();
            }
        }
    }

    /** Returns the number of the last change logged, 0 if none was. */
    static long last(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM search_log");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /**
     * Reads the next changes after {@code position}, at most a few hundred, each with its
     * article's text as the file holds it now. Call inside a read transaction, so that the log
     * and the articles are read as of one moment.
     */
    static Changes changesAfter(Connection connection, Position position) throws SQLException {
        List<Logged> logged = logAfter(connection, position.seq());
        if (logged.isEmpty()) {
            return new Changes(List.of());
        }
        Map<Long, Searchable> texts = texts(connection, position.seq(), logged.get(logged.size() - 1).seq());
        List<Change> changes = new ArrayList<>(logged.size());
        for (Logged entry : logged) {
            Searchable now = texts.get(entry.articleId());
            changes.add(now == null ? new Change(entry.seq(), entry.articleId(), null, null, null)
                    : new Change(entry.seq(), entry.articleId(), now.title(), now.kicker(), now.text()));
        }
        return new Changes(changes);
    }

    /** Returns the log's next entries after {@code seq}, at most a few hundred. */
    private static List<Logged> logAfter(Connection connection, long seq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CHANGES)) {
            query.setLong(1, seq);
            List<Logged> logged = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    logged.add(new Logged(rows.getLong(1), rows.getLong(2)));
                }
            }
            return logged;
        }
    }

    /** Returns title, kicker and text of every article still in the file that the log names in (after, last]. */
    private static Map<Long, Searchable> texts(Connection connection, long after, long last) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(TEXTS)) {
            query.setLong(1, after);
            query.setLong(2, last);
            Map<Long, Searchable> texts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getLong(1), new Searchable(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            return texts;
        }
    }
}
