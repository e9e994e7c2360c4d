package com.flagmark.library;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/**
 * The library file's log of changes to articles' searchable text ({@code search_log}, written
 * by triggers in the same transaction as each change), read by the search index to catch up.
 */
final class SearchLog {

    /** How many changes are read and indexed at a time. */
    private static final int CHANGES_PER_READ = 500;

    private static final String CHANGES = "SELECT l.seq, l.article_id, a.title, a.kicker, a.text"
            + " FROM search_log l LEFT JOIN articles_read a ON a.id = l.article_id"
            + " WHERE l.seq > ? ORDER BY l.seq LIMIT " + CHANGES_PER_READ;

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

        Map<String, String> toCommitData() {
            return Map.of(SEQ, Long.toString(seq), ARTICLE, Long.toString(articleId), HIGHEST,
                    Long.toString(highestId));
        }
    }

    /** One change: the article's text as it is now, or none if the article is gone. */
    private record Change(long seq, long articleId, String title, String kicker, String text) {
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

        /** Writes the changes into the index and returns the position they bring it to. */
        Position applyTo(IndexWriter writer, Position from) throws IOException {
            long highest = from.highestId();
            for (Change change : changes) {
                if (change.text() == null) {
                    writer.deleteDocuments(SearchFields.key(change.articleId()));
                } else if (change.articleId() > highest) {
                    writer.addDocument(SearchFields.document(change.articleId(), change.title(), change.kicker(),
                            change.text()));
                } else {
                    writer.updateDocument(SearchFields.key(change.articleId()), SearchFields.document(
                            change.articleId(), change.title(), change.kicker(), change.text()));
                }
                highest = Math.max(highest, change.articleId());
            }
            Change last = changes.get(changes.size() - 1);
            return new Position(last.seq(), last.articleId(), highest);
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

    /** Reads the next changes after {@code position}, at most a few hundred. */
    static Changes changesAfter(Connection connection, Position position) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CHANGES)) {
            query.setLong(1, position.seq());
            List<Change> changes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
            return new Changes(changes);
        }
    }
}
