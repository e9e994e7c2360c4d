package com.flagmark.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens connections to a library file, for writing where the user may write it, and read-only
 * where they may not. A read-only connection never creates SQLite's side files ({@code -wal},
 * {@code -shm}): made by a user who cannot write the library, they would belong to that user and
 * lock the owner out.
 */
final class Connections {

    /** How long to wait for another program holding the file before giving up. */
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final boolean readOnly;
    private final String url;

    private Connections(Path file, boolean readOnly, String url) {
        this.file = file;
        this.readOnly = readOnly;
        this.url = url;
    }

    /**
     * Decides how to open {@code file}: for writing if the user may write it and the side files
     * SQLite keeps beside it, read-only otherwise.
     */
    static Connections to(Path file) {
        if (mayWrite(file)) {
            return new Connections(file, false, "jdbc:sqlite:" + file);
        }
        // With the side files present the owner has the library open: read through them, which is
        // safe beside the owner's writes. Without them, read the file as it is and create nothing.
        boolean ownerHasItOpen = Files.exists(sideFile(file, "-wal")) && Files.exists(sideFile(file, "-shm"));
        return new Connections(file, true, "jdbc:sqlite:file:" + uri(file) + (ownerHasItOpen ? "?mode=ro" : "?mode=ro&immutable=1"));
    }

    /** Returns SQLite's side file of the library with this suffix, such as {@code library.sqlite-wal}. */
    static Path sideFile(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    boolean readOnly() {
        return readOnly;
    }

    /** Opens a connection that waits for other programs' writes and checks foreign keys. */
    Connection open() throws SQLException {
        NativeSqlite.prepare();
        Connection connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA foreign_keys = ON");
            return connection;
        } catch (SQLException failure) {
            connection.close();
            throw failure;
        }
    }

    private static boolean mayWrite(Path file) {
        if (!Files.exists(file)) {
            return true;
        }
        if (!Files.isWritable(file)) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || Files.isWritable(folder)) {
            return true;
        }
        Path wal = sideFile(file, "-wal");
        Path shm = sideFile(file, "-shm");
        return Files.isWritable(wal) && Files.isWritable(shm);
    }

    private static String uri(Path file) {
        try {
            return new URI("file", null, file.toAbsolutePath().toString(), null).getRawSchemeSpecificPart()
                    .replace("?", "%3f").replace("#", "%23");
        } catch (URISyntaxException impossible) {
            throw new IllegalArgumentException(impossible);
        }
    }
}
