package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The connections to one library file: a writer, whose transactions are serialised, and a few
 * readers, which in WAL mode see the last committed state without waiting for the writer or for
 * each other, so that the window's reads go on while an import writes or an export reads.
 * Every unit of work runs in a transaction, so the file is never left half-written and a read
 * never sees half of a write.
 */
final class Database implements AutoCloseable {

    /** How many reads run at once: the window's, and those of a task or two beside it. */
    private static final int MOST_READERS = 3;

    /** A unit of work against a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connections connections;
    /** Held while the library is open for writing, so that no restore replaces it meanwhile; null for reading only. */
    private final WriterLock writerLock;
    private final Connection writer;
    /**
     * A connection kept only to ask for the file's data version: SQLite counts that per
     * connection, so the pooled readers' answers could not be compared with each other.
     */
    private final Connection watcher;
    /** Every reader opened, idle or not; guarded by itself. */
    private final List<Connection> readers = new ArrayList<>();
    private final BlockingQueue<Connection> idleReaders = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    /** Why the file is known to be damaged, once a check or a read has found it: writes are refused then. */
    private volatile String damage;
    /** How many write transactions the thread holding the writer is inside; above one, they are savepoints. */
    private int writeDepth;

    private Database(Path file, Connections connections, WriterLock writerLock, Connection writer, Connection watcher,
            Connection reader) {
        this.file = file;
        this.connections = connections;
        this.writerLock = writerLock;
        this.writer = writer;
        this.watcher = watcher;
        readers.add(reader);
        idleReaders.add(reader);
    }

    /**
     * Opens the file, refuses it unless it is a Flagmark library this version can read (or a
     * new, empty file), and brings its schema up to date.
     */
    static Database open(Path file) {
        Connections connections = Connections.to(file);
        Connection writer = null;
        Connection watcher = null;
        WriterLock writerLock = null;
        try {
            writer = connections.open();
            writerLock = connections.readOnly() ? null : WriterLock.forWriting(file);
            Migrations.checkIdentity(writer, file);
            if (connections.readOnly()) {
                Migrations.checkCurrent(writer, file);
            } else {
                execute(writer, "PRAGMA journal_mode = WAL");
                execute(writer, "PRAGMA synchronous = NORMAL");
                Migrations.migrate(writer, file);
            }
            watcher = connectReader(connections);
            return new Database(file, connections, writerLock, writer, watcher, connectReader(connections));
        } catch (SQLException failure) {
            closeQuietly(watcher);
            closeQuietly(writer);
            release(writerLock);
            throw LibraryErrors.of(file, "open the library", failure);
        } catch (RuntimeException failure) {
            closeQuietly(watcher);
            closeQuietly(writer);
            release(writerLock);
            throw failure;
        }
    }

    /** Tells whether the library was opened for reading only, the user not being allowed to write it. */
    boolean readOnly() {
        return connections.readOnly();
    }

    /** Records that the file is damaged, so that nothing more is written to it. */
    void markDamaged(String why) {
        damage = why;
    }

    /** Returns why the file is known to be damaged, if it is. */
    Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    Path file() {
        return file;
    }

    /** Runs read-only work in one read transaction, so that it sees one consistent state. */
    <T> T read(Work<T> work) {
        Connection reader = takeReader();
        try {
            return inTransaction(reader, "BEGIN", "read the library", work);
        } finally {
            idleReaders.add(reader);
        }
    }

    /**
     * Returns a number that changes whenever any connection to the file, this database's writer
     * included, commits: a cheap way to tell that nothing was written since it was last read.
     */
    long dataVersion() {
        synchronized (watcher) {
            if (closed) {
                throw new IllegalStateException("The library " + file + " is closed");
            }
            try (Statement statement = watcher.createStatement();
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
        refuseIfUnwritable();
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

    private void refuseIfUnwritable() {
        if (connections.readOnly()) {
            throw new FlagmarkException("Could not write to the library: " + file + " is open for reading only, as you"
                    + " may not write to it (or to its folder).");
        }
        if (damage != null) {
            throw new FlagmarkException("Flagmark will not write to " + file + ": it is damaged (" + damage
                    + "). " + Backups.advice(file), null, "library.damaged", file);
        }
    }

    /**
     * Copies what the write-ahead log holds into the file, without waiting for readers or for
     * the disk beyond its own sync; quietly does nothing if the file is closed, read-only or
     * busy. Closing does the same, so a checkpoint made first, beside other work, leaves the
     * close less to wait for.
     */
    void checkpointQuietly() {
        if (connections.readOnly()) {
            return;
        }
        synchronized (writer) {
            if (closed) {
                return;
            }
            try {
                execute(writer, "PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException ignored) {
                // Only an early start on the checkpoint that closing makes in any case.
            }
        }
    }

    /** Closes the file once the reads and the write under way have ended. */
    @Override
    public void close() {
        synchronized (writer) {
            synchronized (readers) {
                if (closed) {
                    return;
                }
                closed = true;
                for (int open = readers.size(); open > 0; open--) {
                    closeQuietly(nextIdleReader());
                }
                optimizeQuietly();
                synchronized (watcher) {
                    closeQuietly(watcher);
                }
                closeQuietly(writer);
                release(writerLock);
            }
        }
    }

    private static void release(WriterLock writerLock) {
        if (writerLock != null) {
            writerLock.close();
        }
    }

    /** Waits for a reader to be idle; interrupted, returns one only if one is idle already. */
    private Connection nextIdleReader() {
        try {
            return idleReaders.take();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return idleReaders.poll();
        }
    }

    /** Returns an idle reader, opening another while there are fewer than the most, else waiting for one. */
    private Connection takeReader() {
        Connection idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (readers) {
            if (closed) {
                throw new IllegalStateException("The library " + file + " is closed");
            }
            if (readers.size() < MOST_READERS) {
                try {
                    Connection reader = connectReader(connections);
                    readers.add(reader);
                    return reader;
                } catch (SQLException failure) {
                    throw LibraryErrors.of(file, "read the library", failure);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new FlagmarkException("Reading the library " + file + " was interrupted.", stopped);
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
            noticeDamage(failure);
            throw LibraryErrors.of(file, doing, failure);
        } catch (RuntimeException failure) {
            rollbackQuietly(connection);
            throw failure;
        }
    }

    private void noticeDamage(SQLException failure) {
        if (LibraryErrors.isDamage(failure)) {
            damage = LibraryErrors.firstLine(failure);
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

    private static Connection connectReader(Connections connections) throws SQLException {
        Connection reader = connections.open();
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
