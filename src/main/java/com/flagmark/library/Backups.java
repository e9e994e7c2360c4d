package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups of a library: consistent copies made with SQLite's online backup, in the folder
 * beside the library file named after it ({@code library.sqlite-backups}), each named for when
 * and why it was made ({@code library-20261130-093000-123-daily.sqlite}). Automatic backups
 * (before an upgrade of the file, before a bulk change, daily while the library is used) are
 * kept to the last {@value #KEPT}; backups a user asks for are kept until they delete them.
 */
public final class Backups {

    /** How many automatic backups are kept. */
    static final int KEPT = 5;
    /** The reason of a backup a user asked for; those are never removed. */
    public static final String MANUAL = "manual";
    private static final String DAILY = "daily";
    private static final Duration DAY = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile(".*-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.sqlite");
    private static final String UNFINISHED = ".unfinished-";
    /** A partial copy, or its journal, by the id of the process that made it. */
    private static final Pattern ABANDONED = Pattern.compile(".*\\.sqlite\\.unfinished-(\\d{1,18})(-journal)?");

    /** One backup: its file, when it was made and why. */
    public record Backup(Path file, Instant made, String reason) {
    }

    private Backups() {
    }

    /** Returns the folder that holds the backups of {@code libraryFile}. */
    public static Path folderOf(Path libraryFile) {
        Path absolute = libraryFile.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-backups");
    }

    /** Returns the backups of {@code libraryFile}, newest first. */
    public static List<Backup> list(Path libraryFile) {
        Path folder = folderOf(libraryFile);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.sqlite")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    Instant made = LocalDateTime.parse(name.group(1), STAMP).atZone(ZoneId.systemDefault()).toInstant();
                    backups.add(new Backup(file, made, name.group(2)));
                }
            }
        } catch (IOException unreadable) {
            throw new FlagmarkException("Could not read the backups in " + folder + ": " + unreadable.getMessage(),
                    unreadable);
        }
        backups.sort(Comparator.comparing(Backup::made).reversed());
        return backups;
    }

    /**
     * Returns a sentence for a user whose library is damaged: which backup to restore and how,
     * or that there is none.
     */
    static String advice(Path libraryFile) {
        List<Backup> backups = list(libraryFile);
        if (backups.isEmpty()) {
            return "There is no backup of it in " + folderOf(libraryFile) + ".";
        }
        return "Its last backup is " + backups.get(0).file() + "; restore it with 'flagmark restore' or File ›"
                + " Restore Backup….";
    }

    /** Tells whether the library's last daily backup is a day old or there is none. */
    static boolean dailyDue(Path libraryFile, Instant now) {
        return list(libraryFile).stream().filter(backup -> backup.reason().equals(DAILY))
                .noneMatch(backup -> backup.made().isAfter(now.minus(DAY)));
    }

    /** Makes the daily backup if it is due, the first time a day that the library is opened to be changed. */
    static Optional<Path> dailyIfDue(Connection connection, Path libraryFile) {
        return dailyDue(libraryFile, Instant.now()) ? Optional.of(make(connection, libraryFile, DAILY)) : Optional.empty();
    }

    /**
     * Copies the library that {@code connection} is open on into a new backup, as it was
     * committed when the copy began, and removes the oldest automatic backups beyond the kept few.
     * The copy is written under a temporary name and renamed once whole.
     *
     * @throws FlagmarkException saying why, having left no partial backup
     */
    static Path make(Connection connection, Path libraryFile, String reason) {
        Path folder = folderOf(libraryFile);
        Path backup = folder.resolve(stem(libraryFile) + "-" + STAMP.format(LocalDateTime.now()) + "-" + reason + ".sqlite");
        Path temporary = folder.resolve(backup.getFileName() + UNFINISHED + ProcessHandle.current().pid());
        try {
            Files.createDirectories(folder);
            removeAbandoned(folder);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("backup to " + quoted(temporary));
            }
            withoutWriteAheadLog(temporary);
            Files.move(temporary, backup, StandardCopyOption.ATOMIC_MOVE);
            prune(libraryFile);
            return backup;
        } catch (IOException | SQLException failure) {
            deleteQuietly(temporary);
            throw new FlagmarkException("Could not back up " + libraryFile + " into " + folder + ": "
                    + failure.getMessage(), failure);
        }
    }

    /**
     * Turns the copy's write-ahead log off: a backup is only read, and reading a file in WAL mode
     * leaves side files beside it.
     */
    private static void withoutWriteAheadLog(Path copy) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        }
    }

    private static void prune(Path libraryFile) throws IOException {
        List<Backup> automatic = list(libraryFile).stream().filter(backup -> !backup.reason().equals(MANUAL)).toList();
        for (Backup old : automatic.subList(Math.min(KEPT, automatic.size()), automatic.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /**
     * Removes the partial copies of programs killed while backing up, with the journal SQLite
     * kept beside each.
     */
    private static void removeAbandoned(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + UNFINISHED + "*")) {
            for (Path file : files) {
                Matcher name = ABANDONED.matcher(file.getFileName().toString());
                if (name.matches() && !ProcessHandle.of(Long.parseLong(name.group(1))).map(ProcessHandle::isAlive)
                        .orElse(false)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Quotes a path for the driver's backup and restore commands, which know no escapes. */
    static String quoted(Path file) {
        String path = file.toAbsolutePath().toString();
        if (!path.contains("\"")) {
            return "\"" + path + "\"";
        }
        if (!path.contains("'")) {
            return "'" + path + "'";
        }
        throw new FlagmarkException("Flagmark cannot copy a library to or from " + file
                + ": its path holds both kinds of quotation mark.");
    }

    private static String stem(Path libraryFile) {
        String name = libraryFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            // The next backup removes it.
        }
    }
}
