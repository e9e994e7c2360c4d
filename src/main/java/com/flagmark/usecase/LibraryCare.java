package com.flagmark.usecase;

import com.flagmark.library.Backups;
import com.flagmark.library.CheckReport;
import com.flagmark.library.Library;
import com.flagmark.library.Restore;
import com.flagmark.model.FlagmarkException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeping a library whole: checks, backups before bulk changes and once a day, and putting a
 * backup back. The window runs the quick check in the background after opening a library; the
 * command line runs it before a command that writes; a library found damaged refuses writes.
 */
public final class LibraryCare {

    private final Library library;

    private LibraryCare(Library library) {
        this.library = library;
    }

    /** Returns the care of the session's library. */
    public static LibraryCare of(LibrarySession session) {
        return new LibraryCare(Objects.requireNonNull(session, "session").library());
    }

    /**
     * Checks the library (see {@link Library#check}): quick, or full with the search index.
     * A library found damaged refuses every write from then on.
     */
    public BackgroundTask<CheckReport> check(boolean full) {
        return BackgroundTask.of(progress -> library.check(full));
    }

    /**
     * Gets a library ready to be changed: checks it quickly, refusing if it is damaged (naming
     * the last backup), then makes the daily backup if it is due. For a command that writes, and
     * for the window once it has opened a library (in the background).
     *
     * @throws FlagmarkException if the library is damaged
     */
    public CheckReport prepareToWrite() {
        CheckReport report = library.check(false);
        if (report.fileDamaged()) {
            throw new FlagmarkException(library.damage().map(why -> library.file() + " is damaged (" + why + ")")
                    .orElse(library.file() + " is damaged") + "; nothing was written to it. " + lastBackupAdvice(library.file()));
        }
        backupDailyIfDue();
        return report;
    }

    /**
     * Makes the day's backup of a library that holds anything, if none was made in the last day
     * and the library may be written; returns it if it was made.
     */
    public Optional<Path> backupDailyIfDue() {
        if (library.readOnly() || library.articles().count() == 0) {
            return Optional.empty();
        }
        return library.backupDailyIfDue();
    }

    /**
     * Backs the library up before a bulk change (importing annotations, re-cleaning, accepting
     * suggestions in bulk) and returns the backup's file: the hook every such use case calls
     * before it writes. {@code change} names it in a few lower-case words joined by hyphens.
     */
    public Path backupBefore(String change) {
        return library.backup("before-" + change);
    }

    /** Makes a backup a user asks for, kept until they delete it, and returns its file. */
    public Path backup() {
        return library.backup(Backups.MANUAL);
    }

    /** Returns the backups of the library in {@code file}, newest first. */
    public static List<Backups.Backup> backups(Path file) {
        return Backups.list(file);
    }

    /** Returns the folder the backups of the library in {@code file} are kept in. */
    public static Path backupFolder(Path file) {
        return Backups.folderOf(file);
    }

    /**
     * Puts a backup in place of the library in {@code file}, which must not be open; returns the
     * backup made of the library as it was, if there was one.
     */
    public static Optional<Path> restore(Path backup, Path file) {
        return Restore.from(backup, file);
    }

    private static String lastBackupAdvice(Path file) {
        List<Backups.Backup> backups = Backups.list(file);
        return backups.isEmpty() ? "There is no backup of it."
                : "Restore its last backup with: flagmark restore " + backups.get(0).file() + " --library " + file;
    }
}
