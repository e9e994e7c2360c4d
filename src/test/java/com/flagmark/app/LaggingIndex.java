package com.flagmark.app;

import com.flagmark.library.Library;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds a library open with its search index lagging by a known number of changes that nothing
 * indexes in the background: the index is caught up first, and only then is every article logged
 * again from another connection, as another program's writes would be (the index learns of its
 * own program's writes only). A window opened on the same file shares the index and sees the lag.
 */
final class LaggingIndex implements AutoCloseable {

    private final Library held;
    private final long indexed;

    private LaggingIndex(Library held, long indexed) {
        this.held = held;
        this.indexed = indexed;
    }

    /** Opens the library in {@code file} and logs each of its articles {@code times} more times. */
    static LaggingIndex of(Path file, int times) throws SQLException {
        Library held = Library.open(file);
        held.search().awaitCaughtUp(progress -> { });
        // Submitted once the index has caught up: a catch-up turn queued before it has run, found nothing and stopped.
        long indexed = held.search().catchUpBatch().logged();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + times
                    + ") INSERT INTO search_log (article_id) SELECT a.id FROM n CROSS JOIN articles a");
        }
        return new LaggingIndex(held, indexed);
    }

    /** The changes the index held before the articles were logged again. */
    long indexedBefore() {
        return indexed;
    }

    /** The library as the test holds it open, to ask its index how far it is or to index a batch. */
    Library library() {
        return held;
    }

    @Override
    public void close() {
        held.close();
    }
}
