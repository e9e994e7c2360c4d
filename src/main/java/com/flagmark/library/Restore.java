package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Puts a backup back in place of a library. The backup is checked first; the library as it was
 * is kept as a backup of its own (reason {@code before-restore}), so a restore can be undone by
 * restoring that; the search index beside the file is removed, to be built again from the
 * restored file when it next opens.
 */
public final class Restore {

    private Restore() {
    }

    /**
     * Replaces the library in {@code libraryFile} (which may be missing or damaged) with the
     * backup, and returns the backup of the library as it was, if there was one to keep.
     *
     * @throws FlagmarkException if the backup is not a whole Flagmark library, or the library is
     *         open for writing, in this program or another (an import under way), and nothing was
     *         changed
     */
    public static Optional<Path> from(Path backup, Path libraryFile) {
        checkBackup(backup);
        WriterLock alone = WriterLock.forRestoring(libraryFile);
        try {
            IndexFolder.discard(libraryFile);
            Optional<Path> before = keepCurrent(libraryFile);
            try {
                copyOnline(backup, libraryFile);
            } catch (SQLException unreadable) {
                // The library is too damaged for SQLite to write into: the backup's bytes replace it whole.
                copyWhole(backup, libraryFile);
            }
            return before;
        } finally {
            alone.close();
        }
    }

    private static void checkBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new FlagmarkException("There is no backup at " + backup + ".");
        }
        try (Connection connection = Connections.to(backup).open(); Statement statement = connection.createStatement()) {
            Migrations.checkIdentity(connection, backup);
            try (ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                if (!rows.next() || !"ok".equals(rows.getString(1))) {
                    throw new FlagmarkException("The backup " + backup + " is damaged itself; choose another.");
                }
            }
        } catch (SQLException failure) {
            throw LibraryErrors.of(backup, "read the backup", failure);
        }
    }

    /** Keeps the library as it is as a backup; a library too damaged to copy page by page is copied byte for byte. */
    private static Optional<Path> keepCurrent(Path libraryFile) {
        if (!Files.exists(libraryFile)) {
            return Optional.empty();
        }
        try (Connection connection = Connections.to(libraryFile).open()) {
            return Optional.of(Backups.make(connection, libraryFile, "before-restore"));
        } catch (SQLException | FlagmarkException unreadable) {
            Path copy = Backups.folderOf(libraryFile).resolve(libraryFile.getFileName() + "-damaged-"
                    + System.currentTimeMillis());
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(libraryFile, copy);
                return Optional.of(copy);
            } catch (IOException failure) {
                throw new FlagmarkException("Could not keep a copy of " + libraryFile + " before restoring: "
                        + failure.getMessage() + "; nothing was changed.", failure);
            }
        }
    }

    /** Writes the backup into the library in one transaction, which other programs reading it see whole or not at all. */
    private static void copyOnline(Path backup, Path libraryFile) throws SQLException {
        try (Connection connection = Connections.to(libraryFile).open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("restore from " + Backups.quoted(backup));
        }
    }

    private static void copyWhole(Path backup, Path libraryFile) {
        Path temporary = libraryFile.resolveSibling(libraryFile.getFileName() + ".restoring");
        try {
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(Connections.sideFile(libraryFile, "-wal"));
            Files.deleteIfExists(Connections.sideFile(libraryFile, "-shm"));
            Files.move(temporary, libraryFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new FlagmarkException("Could not restore " + libraryFile + " from " + backup + ": "
                    + failure.getMessage(), failure);
        }
    }
}
