package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Correction;
import com.flagmark.model.MetadataField;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code article_keys} holds each article's title, date key and source as the user reads them,
 * and follows every write that changes one: an import, a correction and its taking back, a
 * re-cleaning, a deletion; a library of version 9 gets its corrections in one row an article.
 * The articles: 大众日报 of 2022-02-08 09:28 +08:00 ({@code flags}) and 潍坊日报 of 2022-02-09
 * 07:00 ({@code projects}).
 */
class ArticleKeysTest {

    @TempDir
    Path folder;

    @Test
    void anImportedArticleIsKeyedByItsCleanedValues() {
        try (TestLibrary library = new TestLibrary(folder)) {
            long flags = library.store(TestArticles.flags());

            assertThat(keys(library, flags)).containsExactly("动起来 跑起来 干起来", "2022-02-08T09:28:12", "大众日报");
        }
    }

    @Test
    void aCorrectionAndItsTakingBackChangeTheKeys() {
        try (TestLibrary library = new TestLibrary(folder)) {
            long projects = library.store(TestArticles.projects());
            ArticleCorrections corrections = new ArticleCorrections(library.database, library.clock);
            Set<MetadataField> fields = Set.of(MetadataField.DATE, MetadataField.SOURCE);

            corrections.replace(Map.of(projects, Map.of(
                    MetadataField.DATE, Correction.of(MetadataField.DATE, "2023-01-31"),
                    MetadataField.SOURCE, new Correction(MetadataField.SOURCE, Optional.empty(), Correction.Origin.USER))),
                    fields);
            assertThat(keys(library, projects)).containsExactly("寒亭打响项目建设发令枪", "2023-01-31", null);

            corrections.replace(Map.of(projects, Map.of()), fields);
            assertThat(keys(library, projects)).containsExactly("寒亭打响项目建设发令枪", "2022-02-09T07:00:00", "潍坊日报");
            assertThat(corrections.of(List.of(projects)).get(projects)).isEmpty();
        }
    }

    @Test
    void takingBackOneFieldKeepsTheOthersCorrected() {
        try (TestLibrary library = new TestLibrary(folder)) {
            long flags = library.store(TestArticles.flags());
            ArticleCorrections corrections = new ArticleCorrections(library.database, library.clock);
            Correction title = Correction.of(MetadataField.TITLE, "开工第一天");
            corrections.replace(Map.of(flags, Map.of(MetadataField.TITLE, title,
                    MetadataField.SOURCE, Correction.of(MetadataField.SOURCE, "潍坊日报"))),
                    Set.of(MetadataField.TITLE, MetadataField.SOURCE));

            corrections.replace(Map.of(flags, Map.of()), Set.of(MetadataField.SOURCE));

            assertThat(corrections.of(List.of(flags)).get(flags)).containsExactly(Map.entry(MetadataField.TITLE, title));
            assertThat(keys(library, flags)).containsExactly("开工第一天", "2022-02-08T09:28:12", "大众日报");
        }
    }

    @Test
    void aRecleanedArticleIsKeyedByItsNewValuesUnderItsCorrections() {
        try (TestLibrary library = new TestLibrary(folder)) {
            long projects = library.store(TestArticles.projects());
            new ArticleCorrections(library.database, library.clock).replace(Map.of(projects,
                    Map.of(MetadataField.TITLE, Correction.of(MetadataField.TITLE, "寒亭区项目开工"))),
                    Set.of(MetadataField.TITLE));
            Article cleaned = TestArticles.projects();
            Article recleaned = new Article(Optional.of("寒亭项目建设"), cleaned.kicker(),
                    Optional.of(ArticleDate.of(LocalDate.of(2022, 2, 10))), Optional.of("潍坊晚报"), cleaned.credits(),
                    cleaned.url(), cleaned.blocks(), cleaned.story());

            new ArticleRewrites(library.database, () -> { }).rewrite(new ArticleRewrites.Rewrite(fileOf(library, projects),
                    List.of(new ArticleRewrites.Version(projects, recleaned, "recleaned", OptionalInt.of(9), List.of())),
                    List.of()));

            assertThat(keys(library, projects)).containsExactly("寒亭区项目开工", "2022-02-10", "潍坊晚报");
        }
    }

    @Test
    void aDeletedArticleTakesItsKeysAndCorrectionsWithIt() {
        try (TestLibrary library = new TestLibrary(folder)) {
            long flags = library.store(TestArticles.flags());
            long projects = library.store(TestArticles.projects());
            new ArticleCorrections(library.database, library.clock).replace(Map.of(flags,
                    Map.of(MetadataField.SOURCE, Correction.of(MetadataField.SOURCE, "潍坊日报"))),
                    Set.of(MetadataField.SOURCE));

            library.database.write(connection -> {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                    delete.setLong(1, flags);
                    return delete.executeUpdate();
                }
            });

            assertThat(column(library, "SELECT id FROM article_keys")).containsExactly(String.valueOf(projects));
            assertThat(column(library, "SELECT article_id FROM article_corrections")).isEmpty();
        }
    }

    /**
     * Version 9 kept a row for each corrected field: the title of flags corrected by hand, its
     * source stated as none at import, the date of projects taken from a folder's name.
     */
    @Test
    void upgradingFromVersion9KeepsEveryCorrectionWithItsOrigin() throws SQLException {
        Path file = folder.resolve("library.sqlite");
        NewFile flagsFile = TestArticles.file("a.html", TestArticles.flags());
        NewFile projectsFile = TestArticles.file("b.html", TestArticles.projects());
        OlderLibraries.write(file, 9, flagsFile, projectsFile);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO article_corrections"
                        + " (article_id, field, value, origin, corrected_at) VALUES (?, ?, ?, ?, ?)")) {
            correct(insert, 1, "title", "开工第一天", "user", "2024-03-01T08:00:00Z");
            correct(insert, 1, "source", null, "option", "2024-03-02T08:00:00Z");
            correct(insert, 2, "date", "2023-01-31", "name", "2024-03-03T08:00:00Z");
        }

        try (TestLibrary library = new TestLibrary(folder)) {
            Map<Long, Map<MetadataField, Correction>> corrections =
                    new ArticleCorrections(library.database, library.clock).of(List.of(1L, 2L));

            assertThat(corrections.get(1L)).containsOnly(
                    Map.entry(MetadataField.TITLE, new Correction(MetadataField.TITLE, Optional.of("开工第一天"),
                            Correction.Origin.USER)),
                    Map.entry(MetadataField.SOURCE, new Correction(MetadataField.SOURCE, Optional.empty(),
                            Correction.Origin.OPTION)));
            assertThat(corrections.get(2L)).containsOnly(Map.entry(MetadataField.DATE,
                    new Correction(MetadataField.DATE, Optional.of("2023-01-31"), Correction.Origin.NAME)));
            assertThat(keys(library, 1)).containsExactly("开工第一天", "2022-02-08T09:28:12", null);
            assertThat(keys(library, 2)).containsExactly("寒亭打响项目建设发令枪", "2023-01-31", "潍坊日报");
            assertThat(library.articles.find(1).orElseThrow().article().title()).contains("开工第一天");
        }
    }

    private static void correct(PreparedStatement insert, long article, String field, String value, String origin,
            String when) throws SQLException {
        insert.setLong(1, article);
        insert.setString(2, field);
        insert.setString(3, value);
        insert.setString(4, origin);
        insert.setString(5, when);
        insert.executeUpdate();
    }

    private static long fileOf(TestLibrary library, long article) {
        return Long.parseLong(column(library, "SELECT file_id FROM articles WHERE id = " + article).get(0));
    }

    /** The title, date key and source article_keys holds for the article. */
    private static List<String> keys(TestLibrary library, long article) {
        return library.database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT title, date_key, source FROM article_keys WHERE id = ?")) {
                query.setLong(1, article);
                try (ResultSet rows = query.executeQuery()) {
                    List<String> values = new ArrayList<>();
                    if (rows.next()) {
                        values.add(rows.getString(1));
                        values.add(rows.getString(2));
                        values.add(rows.getString(3));
                    }
                    return values;
                }
            }
        });
    }

    private static List<String> column(TestLibrary library, String sql) {
        return library.database.read(connection -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }
}
