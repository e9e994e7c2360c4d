package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite's error codes into messages written for the person using the library. */
final class LibraryErrors {

    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_AUTH = 23;
    private static final int SQLITE_NOTADB = 26;

    private LibraryErrors() {
    }

    /**
     * Returns the exception to show for a failure while {@code doing} something with the
     * library {@code file}, such as "read the library".
     */
    static FlagmarkException of(Path file, String doing, SQLException failure) {
        return new FlagmarkException(message(file, doing, failure), failure);
    }

    /** Tells whether the failure says the file is damaged, or not a database at all. */
    static boolean isDamage(SQLException failure) {
        int code = primaryCode(failure);
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }

    /** Tells whether the failure is a broken UNIQUE, CHECK or foreign-key rule. */
    static boolean isConstraint(SQLException failure) {
        return primaryCode(failure) == SQLITE_CONSTRAINT;
    }

    private static String message(Path file, String doing, SQLException failure) {
        return switch (primaryCode(failure)) {
            case SQLITE_NOTADB -> file + " is not a Flagmark library: it is not a SQLite database.";
            case SQLITE_CORRUPT -> file + " is damaged; Flagmark cannot read it.";
            case SQLITE_CANTOPEN -> "Could not open " + file + ": " + SideFiles.inTheWay(file)
                    .orElse("check that it is a file you may read and write.");
            case SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH -> "Could not " + doing + ": " + SideFiles.inTheWay(file)
                    .orElse(file + " or its folder is read-only.");
            case SQLITE_BUSY, SQLITE_LOCKED -> "Could not " + doing + ": " + file
                    + " is busy in another program; try again when it is done.";
            case SQLITE_FULL -> "Could not " + doing + ": the disk holding " + file + " is full.";
            case SQLITE_IOERR -> "Could not " + doing + ": the disk failed to read or write "
                    + file + ".";
            default -> "Could not " + doing + " (" + file + "): " + firstLine(failure);
        };
    }

    private static int primaryCode(SQLException failure) {
        return failure.getErrorCode() & 0xff;
    }

    static String firstLine(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
