package com.flagmark.library;

import com.flagmark.model.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NoLockFactory;

/**
 * The checks of the search index: Lucene's {@link CheckIndex} over its last commit, and whether
 * it agrees with the file: caught up with the last change the file logged, one entry per article.
 */
final class IndexCheck {

    private IndexCheck() {
    }

    /**
     * Runs Lucene's check of every segment of the last commit. The writer that made the commit
     * is held by the caller, who commits nothing while this runs, so no lock is taken.
     */
    static List<Reason> segments(Directory directory) throws IOException {
        ByteArrayOutputStream details = new ByteArrayOutputStream();
        try (CheckIndex check = new CheckIndex(directory, NoLockFactory.INSTANCE.obtainLock(directory, IndexWriter.WRITE_LOCK_NAME))) {
            check.setInfoStream(new PrintStream(details, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = check.checkIndex();
            if (status.clean) {
                return List.of();
            }
            List<Reason> problems = new ArrayList<>();
            if (status.missingSegments) {
                problems.add(Reason.because("the search index's list of segments is missing", "check.index.noSegments"));
            }
            if (status.numBadSegments > 0) {
                problems.add(Reason.because("the search index has " + status.numBadSegments + " damaged segment"
                        + (status.numBadSegments == 1 ? "" : "s"), "check.index.badSegments", status.numBadSegments));
            }
            if (problems.isEmpty()) {
                problems.add(Reason.because("Lucene's check of the search index failed", "check.index.failed"));
            }
            return problems;
        }
    }

    /** Compares the index with the file: the same number of articles, and the last logged change indexed. */
    static List<Reason> agreement(IndexWriter writer, SearchLog.Position indexed, Database database) throws IOException {
        long[] file = database.read(connection -> new long[] {
            count(connection, "SELECT count(*) FROM articles"),
            count(connection, "SELECT coalesce(max(seq), 0) FROM search_log")});
        List<Reason> problems = new ArrayList<>();
        if (indexed.seq() != file[1]) {
            problems.add(Reason.because("the search index has followed the library to change " + indexed.seq() + " of "
                    + file[1], "check.index.behind", indexed.seq(), file[1]));
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            if (reader.numDocs() != file[0]) {
                problems.add(Reason.because("the search index holds " + reader.numDocs() + " articles, the library "
                        + file[0], "check.index.count", reader.numDocs(), file[0]));
            }
        }
        return problems;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
