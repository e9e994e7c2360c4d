package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a library file's schema up to date by applying the SQL scripts in {@code db/} in
 * order, each in its own transaction together with the data it seeds, and recording the
 * version reached in {@code PRAGMA user_version}.
 */
final class Migrations {

    /** Marks a SQLite file as a Flagmark library ('FLMK'); set by the first script. */
    static final int APPLICATION_ID = 0x464C4D4B;

    /** What a step stores after its script has run, in the same transaction. */
    @FunctionalInterface
    private interface Seed {
        Seed NOTHING = connection -> {
        };

        void run(Connection connection) throws SQLException;
    }

    /** One version of the schema: a script and the data it starts with. */
    private record Step(String script, Seed seed) {
    }

    /** Step {@code i} brings the schema to version {@code i + 1}. */
    private static final List<Step> STEPS = List.of(
            new Step("V1__library.sql", Seed.NOTHING),
            new Step("V2__codebook_and_annotations.sql", DefaultCodebook::seed),
            new Step("V3__search_index_beside_the_file.sql", Seed.NOTHING),
            new Step("V4__library_identity.sql", Seed.NOTHING),
            new Step("V5__suggestions.sql", Seed.NOTHING),
            new Step("V6__cleaner_versions.sql", Seed.NOTHING),
            new Step("V7__list_indexes.sql", Seed.NOTHING),
            new Step("V8__analysis.sql", Seed.NOTHING),
            new Step("V9__article_metadata_corrections.sql", Seed.NOTHING),
            new Step("V10__article_keys_and_one_correction_row.sql", Seed.NOTHING),
            new Step("V11__article_regions.sql", Seed.NOTHING));

    private Migrations() {
    }

    /** Returns the schema version this build of Flagmark writes. */
    static int latestVersion() {
        return STEPS.size();
    }

    /** Returns the scripts of the steps in the order they are applied. */
    static List<String> scripts() {
        return STEPS.stream().map(Step::script).toList();
    }

    /**
     * Refuses a file that is not a Flagmark library or was written by a newer Flagmark, so
     * that nothing is written to it.
     */
    static void checkIdentity(Connection connection, Path file) throws SQLException {
        int applicationId = pragma(connection, "application_id");
        int version = pragma(connection, "user_version");
        boolean empty = version == 0 && applicationId == 0 && isEmpty(connection);
        if (!empty && applicationId != APPLICATION_ID) {
            throw new FlagmarkException(file + " is not a Flagmark library: it is a SQLite"
                    + " database of another program.");
        }
        if (version > latestVersion()) {
            throw new FlagmarkException(file + " was written by a newer version of Flagmark"
                    + " (library version " + version + ", this Flagmark knows up to "
                    + latestVersion() + "); update Flagmark to open it.");
        }
    }

    /**
     * Applies every step the file has not had yet. Each runs in a write transaction that first
     * reads the version again, so two programs opening a new file at once apply each step, and
     * seed its data, only once.
     */
    static void migrate(Connection connection) throws SQLException {
        migrateTo(connection, latestVersion());
    }

    /**
     * Applies every step {@code file} has not had yet, as {@link #migrate(Connection)}, having
     * first made a backup of a library that holds anything, so an upgrade gone wrong loses nothing.
     */
    static void migrate(Connection connection, Path file) throws SQLException {
        int version = pragma(connection, "user_version");
        if (version > 0 && version < latestVersion()) {
            Backups.make(connection, file, "before-upgrade-to-" + latestVersion());
        }
        migrate(connection);
    }

    /** Refuses a library an older Flagmark wrote, for a program that may not upgrade it. */
    static void checkCurrent(Connection connection, Path file) throws SQLException {
        int version = pragma(connection, "user_version");
        if (version < latestVersion()) {
            throw new FlagmarkException(file + " was written by an older Flagmark (library version " + version
                    + ") and must be upgraded before it can be read, which only someone who may write it can do:"
                    + " have its owner open it once.");
        }
    }

    /** Brings the file to {@code version} and no further, as an older Flagmark would have left it. */
    static void migrateTo(Connection connection, int version) throws SQLException {
        for (int step = 1; step <= version; step++) {
            applyIfMissing(connection, step);
        }
    }

    private static void applyIfMissing(Connection connection, int version) throws SQLException {
        Step step = STEPS.get(version - 1);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("BEGIN IMMEDIATE");
            try {
                if (pragma(connection, "user_version") < version) {
                    statement.executeUpdate(script(step.script()));
                    step.seed().run(connection);
                    statement.executeUpdate("PRAGMA user_version = " + version);
                }
                statement.executeUpdate("COMMIT");
            } catch (SQLException | RuntimeException failure) {
                statement.executeUpdate("ROLLBACK");
                throw failure;
            }
        }
    }

    private static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema script db/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read schema script db/" + name, e);
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rows.next() && rows.getInt(1) == 0;
        }
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
