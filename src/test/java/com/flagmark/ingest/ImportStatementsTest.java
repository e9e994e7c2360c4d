package com.flagmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Correction;
import com.flagmark.model.MetadataField;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper and date of files that do not say them, from the import's options and the names of
 * files and folders, imported into a real library.
 */
class ImportStatementsTest {

    /** A story of the city paper: its dateline says 本报, it gives no date. */
    private static final String CITY_STORY = "潍坊41家企业被评为省市级健康企业\n\n本报记者 王彦\n\n"
            + "本报潍坊讯 近日，我市41家企业被评为省市级健康企业，数量居全省前列。\n";

    /** A post that gives its own date and paper in its front matter. */
    private static final String POST = "---\ntitle: \"动起来 跑起来 干起来\"\ndate: 2022-02-08 09:28:12 +0800\n"
            + "tags: 大众日报新闻\n---\n<p>春节假期结束，开工的第一天，我省各地鼓足干劲、真抓实干，迎接新一年的各项工作。</p>\n";

    @TempDir
    Path temp;

    private Library library;

    @BeforeEach
    void open() {
        library = Library.open(temp.resolve("library.sqlite"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aStoryThatSaysOnlyBenBaoHasNoSourceWhereNothingNamesThePaper() throws IOException {
        Path folder = write("in/story.txt", CITY_STORY);

        ImportReport report = importPath(folder, ImportOptions.NONE);

        assertThat(report.articles()).isEqualTo(1);
        ArticleSummary article = library.articles().list().get(0);
        assertThat(article.source()).isEmpty();
        assertThat(article.date()).isEmpty();
    }

    @Test
    void theOptionsGiveThePaperAndDateOfArticlesThatDoNotGiveThem() throws IOException {
        Path folder = write("in/story.txt", CITY_STORY);
        write("in/post.md", POST);

        importPath(folder, new ImportOptions(Optional.of("潍坊日报"), Optional.of(LocalDate.of(2023, 1, 31))));

        List<ArticleSummary> articles = library.articles().list();
        assertThat(articles).extracting(article -> article.source().orElseThrow()).containsExactly("大众日报", "潍坊日报");
        assertThat(articles.get(0).date().orElseThrow().iso()).isEqualTo("2022-02-08T09:28:12+08:00");
        assertThat(articles.get(1).date()).contains(ArticleDate.of(LocalDate.of(2023, 1, 31)));
        assertThat(library.corrections().of(List.of(articles.get(1).id())).get(articles.get(1).id()))
                .containsValue(new Correction(MetadataField.DATE, Optional.of("2023-01-31"), Correction.Origin.OPTION));
    }

    @Test
    void folderAndFileNamesGiveThePaperAndDateAndSpeakBeforeTheOptions() throws IOException {
        // Files are imported in the order of their paths: 其他 (U+5176) before 潍坊日报 (U+6F4D).
        Path folder = write("in/潍坊日报/2023-01-31/a.txt", CITY_STORY);
        write("in/其他/20230205_01.txt", CITY_STORY.replace("41家", "42家"));

        ImportReport report = importPath(folder, new ImportOptions(Optional.of("大众日报"), Optional.empty()));

        List<ArticleSummary> articles = library.articles().list();
        assertThat(articles).extracting(article -> article.date().orElseThrow().iso())
                .containsExactly("2023-02-05", "2023-01-31");
        assertThat(articles).extracting(article -> article.source().orElseThrow()).containsExactly("大众日报", "潍坊日报");
        assertThat(report.outcomes()).extracting(FileOutcome::file).containsExactly(
                Path.of("其他", "20230205_01.txt").toString(), Path.of("潍坊日报", "2023-01-31", "a.txt").toString());
    }

    @Test
    void anIdInAFileNameIsNoDate() throws IOException {
        Path folder = write("in/-202205262391921712.txt", CITY_STORY);

        importPath(folder, ImportOptions.NONE);

        assertThat(library.articles().list().get(0).date()).isEmpty();
    }

    @Test
    void aSingleFileIsShownByItsNameAndReadsItsFoldersName() throws IOException {
        write("in/2023-01-31/a.txt", CITY_STORY);
        Path file = temp.resolve("in/2023-01-31/a.txt");

        ImportReport report = importPath(file, ImportOptions.NONE);

        assertThat(report.outcomes().get(0).file()).isEqualTo("a.txt");
        assertThat(library.articles().list().get(0).date()).contains(ArticleDate.of(LocalDate.of(2023, 1, 31)));
    }

    private ImportReport importPath(Path path, ImportOptions options) {
        return new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore(), 1)
                .importPath(path, options, Progress.NONE);
    }

    /** Writes a file under the temporary folder; returns the folder {@code in} it lies in. */
    private Path write(String path, String text) throws IOException {
        Path file = temp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return temp.resolve("in");
    }
}
