package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * The two connections to one library file: a writer, whose transactions are serialised, and a
 * reader, which in WAL mode sees the last committed state without waiting for the writer.
 * Every unit of work runs in a transaction, so the file is never left half-written and a read
 * never sees half of a write.
 */
final class Database implements AutoCloseable {

    /** How long to wait for another program holding the file before giving up. */
    private static final int BUSY_TIMEOUT_MS = 5_000;

    /** A unit of work against a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private boolean closed;
    /** How many write transactions the thread holding the writer is inside; above one, they are savepoints. */
    private int writeDepth;

    private Database(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * Opens the file, refuses it unless it is a Flagmark library this version can read (or a
     * new, empty file), and brings its schema up to date.
     */
    static Database open(Path file) {
        Connection writer = null;
        try {
            writer = connect(file);
            Migrations.checkIdentity(writer, file);
            execute(writer, "PRAGMA journal_mode = WAL");
            execute(writer, "PRAGMA synchronous = NORMAL");
            Migrations.migrate(writer);
            return new Database(file, writer, connectReader(file));
        } catch (SQLException failure) {
            closeQuietly(writer);
            throw LibraryErrors.of(file, "open the library", failure);
        } catch (RuntimeException failure) {
            closeQuietly(writer);
            throw failure;
        }
    }

    Path file() {
        return file;
    }

    /** Runs read-only work in one read transaction, so that it sees one consistent state. */
    <T> T read(Work<T> work) {
        synchronized (reader) {
            return inTransaction(reader, "BEGIN", "read the library", work);
        }
    }

    /**
     * Returns a number that changes whenever any connection to the file, this database's writer
     * included, commits: a cheap way to tell that nothing was written since it was last read.
     */
    long dataVersion() {
        synchronized (reader) {
            if (closed) {
                throw new IllegalStateException("The library " + file + " is closed");
            }
            try (Statement statement = reader.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA data_version")) {
                return rows.next() ? rows.getLong(1) : -1;
            } catch (SQLException failure) {
                throw LibraryErrors.of(file, "read the library", failure);
            }
        }
    }

    /**
     * Runs work in one write transaction: all of it is committed, or, on failure, none. Work
     * started inside another write (on the same thread) is a savepoint of it: its failure undoes
     * only its own changes, and nothing is committed before the outermost write ends.
     */
    <T> T write(Work<T> work) {
        synchronized (writer) {
            writeDepth++;
            try {
                if (writeDepth > 1) {
                    return inSavepoint(work);
                }
                return inTransaction(writer, "BEGIN IMMEDIATE", "write to the library", work);
            } finally {
                writeDepth--;
            }
        }
    }

    /**
     * Runs work in one write transaction and hands a broken constraint to {@code onConstraint}
     * instead of reporting a generic failure.
     */
    <T> T write(Work<T> work, Function<SQLException, FlagmarkException> onConstraint) {
        try {
            return write(work);
        } catch (FlagmarkException failure) {
            if (failure.getCause() instanceof SQLException sql && LibraryErrors.isConstraint(sql)) {
                throw onConstraint.apply(sql);
            }
            throw failure;
        }
    }

    @Override
    public void close() {
        synchronized (writer) {
            synchronized (reader) {
                if (closed) {
                    return;
                }
                closed = true;
                closeQuietly(reader);
                optimizeQuietly();
                closeQuietly(writer);
            }
        }
    }

    private <T> T inTransaction(Connection connection, String begin, String doing, Work<T> work) {
        if (closed) {
            throw new IllegalStateException("The library " + file + " is closed");
        }
        try {
            execute(connection, begin);
        } catch (SQLException failure) {
            throw LibraryErrors.of(file, doing, failure);
        }
        try {
            T result = work.run(connection);
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException failure) {
            rollbackQuietly(connection);
            throw LibraryErrors.of(file, doing, failure);
        } catch (RuntimeException failure) {
            rollbackQuietly(connection);
            throw failure;
        }
    }

    private <T> T inSavepoint(Work<T> work) {
        String savepoint = "nested" + writeDepth;
        try {
            execute(writer, "SAVEPOINT " + savepoint);
        } catch (SQLException failure) {
            throw LibraryErrors.of(file, "write to the library", failure);
        }
        try {
            T result = work.run(writer);
            execute(writer, "RELEASE " + savepoint);
            return result;
        } catch (SQLException failure) {
            undoSavepointQuietly(savepoint);
            throw LibraryErrors.of(file, "write to the library", failure);
        } catch (RuntimeException failure) {
            undoSavepointQuietly(savepoint);
            throw failure;
        }
    }

    private void undoSavepointQuietly(String savepoint) {
        try {
            execute(writer, "ROLLBACK TO " + savepoint);
            execute(writer, "RELEASE " + savepoint);
        } catch (SQLException ignored) {
            // The outer transaction's own failure handling rolls everything back.
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            execute(connection, "PRAGMA foreign_keys = ON");
            return connection;
        } catch (SQLException failure) {
            closeQuietly(connection);
            throw failure;
        }
    }

    private static Connection connectReader(Path file) throws SQLException {
        Connection reader = connect(file);
        try {
            execute(reader, "PRAGMA query_only = ON");
            return reader;
        } catch (SQLException failure) {
            closeQuietly(reader);
            throw failure;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void optimizeQuietly() {
        try {
            execute(writer, "PRAGMA optimize");
        } catch (SQLException ignored) {
            // Only a hint to the query planner; closing matters more.
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite has already rolled back when the failure ended the transaction.
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing left to save: every write was committed or rolled back.
        }
    }
}
