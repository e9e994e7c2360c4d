package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleSummary;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Correction;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.MetadataField;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Correcting articles' metadata by hand, on a real library: two plain-text stories of the city
 * paper, whose datelines say only 本报 (so they have no source) and which give no date.
 */
class MetadataCorrectionsTest {

    private static final String HANTING = """
            寒亭打响项目建设发令枪

            本报记者 张蓓 本报通讯员 于志君

            本报潍坊讯 近日，潍坊市寒亭区打响项目建设“发令枪”，对今年50个重点项目实行区级领导包靠。
            """;

    private static final String HEALTH = """
            潍坊41家企业被评为省市级健康企业

            本报记者 王彦 本报通讯员 李明

            本报潍坊讯 近日，我市41家企业被评为省市级健康企业，数量居全省前列。
            """;

    @TempDir
    Path temp;

    private LibrarySession session;
    private MetadataCorrections corrections;
    private long hanting;
    private long health;

    @BeforeEach
    void importAPage() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("1.txt"), HANTING, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("2.txt"), HEALTH, StandardCharsets.UTF_8);
        session = LibrarySession.open(temp.resolve("library.sqlite"), "tester");
        session.importPath(folder, 1).run(Progress.NONE);
        List<ArticleSummary> articles = session.articles();
        assertThat(articles).hasSize(2);
        hanting = articles.get(0).id();
        health = articles.get(1).id();
        corrections = new MetadataCorrections(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void correctsSeveralArticlesAtOnceAndUndoBringsBackWhatTheCleanerRead() {
        session.perform(edits -> corrections.correct(List.of(hanting, health),
                List.of(Correction.of(MetadataField.DATE, "2023-01-31"), Correction.of(MetadataField.SOURCE, "潍坊日报"))));

        assertThat(session.summaries(List.of(hanting, health))).allSatisfy(article -> {
            assertThat(article.date()).contains(ArticleDate.of(LocalDate.of(2023, 1, 31)));
            assertThat(article.source()).contains("潍坊日报");
        });

        session.undo();
        assertThat(session.summaries(List.of(hanting, health))).allSatisfy(article -> {
            assertThat(article.date()).isEmpty();
            assertThat(article.source()).isEmpty();
        });
        assertThat(corrections.of(hanting)).isEmpty();

        session.redo();
        assertThat(session.article(health).orElseThrow().article().source()).contains("潍坊日报");
    }

    @Test
    void correctedAuthorsStandForTheReportersAndTitleReplacesTheHeadline() {
        session.perform(edits -> corrections.correct(List.of(hanting), List.of(
                Correction.authors(List.of("张蓓", "谭佃贵")), Correction.of(MetadataField.TITLE, "寒亭区打响项目建设发令枪"))));

        var article = session.article(hanting).orElseThrow().article();
        assertThat(article.title()).contains("寒亭区打响项目建设发令枪");
        assertThat(article.authors()).extracting(Author::name).containsExactly("张蓓", "谭佃贵");
        assertThat(session.summaries(List.of(hanting)).get(0).authors()).extracting(Author::name)
                .containsExactly("张蓓", "谭佃贵");
    }

    @Test
    void anEmptySourceSaysTheArticleNamesNoPaper() {
        session.perform(edits -> corrections.correct(List.of(health), List.of(Correction.of(MetadataField.SOURCE, "大众日报"))));
        session.perform(edits -> corrections.correct(List.of(health), List.of(Correction.of(MetadataField.SOURCE, ""))));

        assertThat(session.article(health).orElseThrow().article().source()).isEmpty();
        assertThat(corrections.of(health).get(MetadataField.SOURCE).value()).isEmpty();
        assertThat(session.sources()).isEmpty();
    }

    @Test
    void correctionsSurviveTheCleanerRewritingTheArticleAndTheFileImportedAgain() throws SQLException {
        session.perform(edits -> corrections.correct(List.of(hanting),
                List.of(Correction.of(MetadataField.DATE, "2023-01-31"), Correction.of(MetadataField.TITLE, "寒亭区发令枪"))));

        // What cleaning the article again does: the cleaner's own columns are written anew.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + session.file());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE articles SET title = '寒亭打响项目建设发令枪', date_iso = NULL,"
                    + " date_key = NULL, source = '本报' WHERE id = " + hanting);
        }
        session.importPath(temp.resolve("in"), 1).run(Progress.NONE);

        ArticleSummary article = session.summaries(List.of(hanting)).get(0);
        assertThat(article.title()).contains("寒亭区发令枪");
        assertThat(article.date()).contains(ArticleDate.of(LocalDate.of(2023, 1, 31)));
        assertThat(article.source()).contains("本报");
        assertThat(session.articleCount()).isEqualTo(2);
    }

    @Test
    void filtersSearchAndExportsSeeTheCorrectedValues() throws IOException {
        session.perform(edits -> corrections.correct(List.of(health), List.of(Correction.of(MetadataField.SOURCE,
                "潍坊日报"), Correction.of(MetadataField.DATE, "2023-02-07"), Correction.of(MetadataField.TITLE, "健康企业榜单"))));

        assertThat(session.articles(ArticleFilter.ALL.withSource("潍坊日报"))).extracting(ArticleSummary::id)
                .containsExactly(health);
        ArticleFilter february = ArticleFilter.ALL.withDates(Optional.of(LocalDate.of(2023, 2, 1)), Optional.empty());
        assertThat(session.articles(february)).extracting(ArticleSummary::id).containsExactly(health);
        assertThat(session.search("榜单", ArticleFilter.ALL, 10).hits()).extracting(hit -> hit.id())
                .containsExactly(health);

        Path csv = temp.resolve("articles.csv");
        session.export(ExportFormat.ARTICLES_CSV, open -> ExportScope.ALL, csv).run(Progress.NONE);
        assertThat(Files.readString(csv)).contains("健康企业榜单,2023-02-07,潍坊日报");
    }

    @Test
    void resetTakesBackACorrectionAndIsUndoneInTurn() {
        session.perform(edits -> corrections.correct(List.of(hanting), List.of(Correction.of(MetadataField.SOURCE, "潍坊日报"))));
        session.perform(edits -> corrections.reset(List.of(hanting), Set.of(MetadataField.SOURCE)));
        assertThat(session.article(hanting).orElseThrow().article().source()).isEmpty();

        session.undo();
        assertThat(session.article(hanting).orElseThrow().article().source()).contains("潍坊日报");
    }

    @Test
    void refusesADateThatIsNoDateAndAnArticleThatIsNotThere() {
        assertThatThrownBy(() -> Correction.of(MetadataField.DATE, "2023-02-30")).isInstanceOf(FlagmarkException.class)
                .hasMessageContaining("is not a date");
        Change missing = corrections.correct(List.of(hanting, 999L), List.of(Correction.of(MetadataField.SOURCE, "x")));
        assertThatThrownBy(() -> session.perform(edits -> missing)).hasMessageContaining("no article 999");
        assertThat(corrections.of(hanting)).isEmpty();
    }
}
