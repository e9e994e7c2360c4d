package com.flagmark.library;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own checks of a library file, read as a list of problems. */
final class FileCheck {

    /** More problems than this are not listed: a few tell that the file is damaged and where. */
    private static final int MOST_PROBLEMS = 20;

    private FileCheck() {
    }

    /**
     * Runs {@code PRAGMA quick_check} (the structure of every page, in time proportional to the
     * file) or, when {@code full}, {@code PRAGMA integrity_check} (also that every index agrees with
     * its table) and the foreign-key check; returns the problems, none for a sound file.
     */
    static List<String> problems(Connection connection, boolean full) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            String pragma = full ? "integrity_check(" : "quick_check(";
            try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma + MOST_PROBLEMS + ")")) {
                while (rows.next()) {
                    String row = rows.getString(1);
                    if (!"ok".equals(row)) {
                        problems.add(row);
                    }
                }
            }
            if (full) {
                try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    while (rows.next() && problems.size() < MOST_PROBLEMS) {
                        problems.add("row " + rows.getLong(2) + " of " + rows.getString(1) + " refers to a missing row of "
                                + rows.getString(3));
                    }
                }
            }
        }
        return problems;
    }
}
