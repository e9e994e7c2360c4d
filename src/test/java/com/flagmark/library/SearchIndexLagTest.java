package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library whose index lags far behind its file (restored from a backup, opened after a crash)
 * opens without waiting for it: the index catches up in the background, says how far it is,
 * and a library closed meanwhile keeps what was indexed for the next opening to go on with.
 */
class SearchIndexLagTest {

    private static final int ARTICLES = 5;
    /** More changes than closing a library finishes indexing. */
    private static final int LOGGED_AGAIN = 3_000;

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void storeArticlesLogThemManyTimesAndDeleteTheirIndex() throws IOException, SQLException {
        file = folder.resolve("library.sqlite");
        UnindexedLibrary.store(file, ARTICLES);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    + LOGGED_AGAIN + ") INSERT INTO search_log (article_id) SELECT 1 + i % " + ARTICLES + " FROM n");
        }
    }

    @Test
    void waitingForTheIndexReportsItsProgressUpToEveryChangeLogged() {
        List<IndexProgress> reported = new ArrayList<>();
        try (Library library = Library.open(file)) {
            library.search().awaitCaughtUp(reported::add);

            assertThat(reported).isNotEmpty();
            assertThat(reported).allMatch(progress -> progress.logged() == ARTICLES + LOGGED_AGAIN);
            assertThat(reported.get(reported.size() - 1).caughtUp()).isTrue();
            assertThat(library.search().progress().percent()).isEqualTo(100);
        }
    }

    @Test
    void libraryClosedWhileItsIndexCatchesUpIsSearchedExactlyWhenItOpensAgain() {
        try (Library library = Library.open(file)) {
            assertThat(library.articles().count()).isEqualTo(ARTICLES);
        }
        try (Library library = Library.open(file)) {
            assertThat(library.search().search("约谈", 20).total()).isEqualTo(ARTICLES);
            assertThat(library.check(true).sound()).isTrue();
        }
    }
}
