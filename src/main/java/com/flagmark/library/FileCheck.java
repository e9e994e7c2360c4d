package com.flagmark.library;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import com.flagmark.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQLite's own checks of a library file, read as a list of problems. */
final class FileCheck {

    /** More problems than this are not listed: a few tell that the file is damaged and where. */
    private static final int MOST_PROBLEMS = 20;
    /** The heading SQLite puts before the first problem it finds in a database, on a line of its own. */
    private static final Pattern HEADING = Pattern.compile("\\*\\*\\* in database \\w+ \\*\\*\\*\\s*");
    private static final Pattern PAGE = Pattern.compile("[Pp]age (\\d+)");
    private static final Pattern INDEX = Pattern.compile("(?:from|in) index (\\S+)");

    private FileCheck() {
    }

    /**
     * Runs {@code PRAGMA quick_check} (the structure of every page, in time proportional to the
     * file) or, when {@code full}, {@code PRAGMA integrity_check} (also that every index agrees with
     * its table) and the foreign-key check; returns the problems, none for a sound file.
     */
    static List<Reason> problems(Connection connection, boolean full) throws SQLException {
        List<Reason> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            String pragma = full ? "integrity_check(" : "quick_check(";
            try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma + MOST_PROBLEMS + ")")) {
                while (rows.next()) {
                    String row = rows.getString(1);
                    if (!"ok".equals(row)) {
                        problems.add(reason(row));
                    }
                }
            }
            if (full) {
                try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    while (rows.next() && problems.size() < MOST_PROBLEMS) {
                        problems.add(Reason.because("row " + rows.getLong(2) + " of " + rows.getString(1)
                                + " refers to a missing row of " + rows.getString(3), "check.file.missingRow",
                                rows.getLong(2), rows.getString(1), rows.getString(3)));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Words a problem SQLite's check reported, which may run over two lines (a heading naming the
     * database, then the problem), as one line: SQLite's own words for the command line, and
     * under a key for a window, by what the problem touches: a page, an index or the file.
     */
    static Reason reason(String row) {
        String text = HEADING.matcher(row).replaceFirst("").replaceAll("\\s*\\R\\s*", "; ").strip();
        Matcher index = INDEX.matcher(text);
        if (index.find()) {
            return Reason.because(text, "check.file.index", index.group(1));
        }
        Matcher page = PAGE.matcher(text);
        if (page.find()) {
            return Reason.because(text, "check.file.page", Long.parseLong(page.group(1)));
        }
        return Reason.because(text, "check.file.structure");
    }
}
