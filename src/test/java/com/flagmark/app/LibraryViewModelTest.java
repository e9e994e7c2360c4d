package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleOrder;
import com.flagmark.library.Library;
import com.flagmark.library.Snippet;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.usecase.ListedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library list over a real library, without the toolkit: its true count, its order and
 * filters worked out by the library, its rows read a page at a time.
 */
class LibraryViewModelTest {

    /** More than a few pages of reports that each hand out a red flag, and one that does not. */
    private static final int FLAGGED = 503;

    /** The library every test reads (none writes to it): importing it takes a few seconds. */
    @TempDir
    static Path temp;

    private final CountingExecutor executor = new CountingExecutor();
    private Workspace workspace;
    private LibraryViewModel library;

    @BeforeAll
    static void importFlaggedReportsAndOneOther() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        for (int i = 1; i <= FLAGGED; i++) {
            // Numbered so that the import order, the files' order by name, is the reports' order.
            Files.writeString(folder.resolve(String.format("%03d.md", i)), post("第" + i + "号通报", i % 2 == 0 ? "潍坊日报" : "大众日报",
                    "全市项目建设大比拼第" + i + "名亮红旗，各县区对照排名查找差距，逐项整改落实。"));
        }
        Files.writeString(folder.resolve("other.md"), post("另一篇通报", "大众日报",
                "全市项目建设提速，各县区对照排名查找差距，逐项整改落实。"));
        try (Library open = Library.open(temp.resolve("library.sqlite"))) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), open.importStore()).importPath(folder, Progress.NONE);
        }
    }

    @BeforeEach
    void openTheList() {
        Path file = temp.resolve("library.sqlite");
        workspace = new Workspace(executor, "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
        workspace.open(file);
    }

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void totalIsEveryArticleTheFiltersLetThrough() {
        assertThat(library.totalProperty().get()).isEqualTo(FLAGGED + 1);
        assertThat(library.articles()).hasSize(FLAGGED + 1);
        assertThat(library.loadingProperty().get()).isFalse();
    }

    @Test
    void aSearchCountsAndListsEveryMatchNotOnlyTheFirstFiveHundred() {
        library.search("红旗");

        assertThat(library.totalProperty().get()).isEqualTo(FLAGGED);
        assertThat(library.articles()).hasSize(FLAGGED);
    }

    @Test
    void aSearchResultShowsTheSnippetWithTheHitMarked() {
        library.search("红旗");

        Snippet snippet = library.row(0).flatMap(ListedArticle::snippet).orElseThrow();
        assertThat(snippet.marks()).hasSize(1);
        Snippet.Mark hit = snippet.marks().get(0);
        assertThat(snippet.text().substring(hit.start(), hit.end())).isEqualTo("红旗");
    }

    @Test
    void theListIsFilteredByTheLibrary() {
        library.filter(ArticleFilter.ALL.withSource("潍坊日报"));

        // The even-numbered reports, 2 to 502.
        assertThat(library.totalProperty().get()).isEqualTo(251);
        assertThat(title(0)).isEqualTo("第2号通报");
    }

    @Test
    void theFilterShownAlreadyIsNotReadAgain() {
        executor.reads = 0;

        library.filter(ArticleFilter.ALL);

        assertThat(executor.reads).isZero();
        assertThat(library.totalProperty().get()).isEqualTo(FLAGGED + 1);
    }

    @Test
    void aChangedFilterIsReadOnce() {
        executor.reads = 0;

        library.filter(ArticleFilter.ALL.withSource("潍坊日报"));
        library.filter(ArticleFilter.ALL.withSource("潍坊日报"));

        // The list of ids, then the sources for the filter's choices.
        assertThat(executor.reads).isEqualTo(2);
        assertThat(library.totalProperty().get()).isEqualTo(251);
    }

    @Test
    void sortingByTitleOrdersTheWholeListByTheTitlesCharacters() {
        library.sort(Optional.of(new ArticleOrder(ArticleOrder.Key.TITLE, false)));

        // 另 (U+53E6) comes before 第 (U+7B2C); after 第1 a digit comes before 号 (U+53F7).
        assertThat(title(0)).isEqualTo("另一篇通报");
        assertThat(title(1)).isEqualTo("第100号通报");

        library.sort(Optional.of(new ArticleOrder(ArticleOrder.Key.TITLE, true)));

        assertThat(title(0)).isEqualTo("第9号通报");
        assertThat(title(FLAGGED)).isEqualTo("另一篇通报");
    }

    @Test
    void theSelectedArticleStaysSelectedWhereverASortPutsIt() {
        long other = library.articles().get(FLAGGED);
        library.select(other);
        assertThat(library.selectedIndexProperty().get()).isEqualTo(FLAGGED);

        library.sort(Optional.of(new ArticleOrder(ArticleOrder.Key.TITLE, false)));

        assertThat(library.selectedIndexProperty().get()).isZero();
        assertThat(library.articles().get(0)).isEqualTo(other);
    }

    @Test
    void rowsAreReadOnlyForThePagesAskedFor() {
        executor.reads = 0;

        IntStream.range(0, 2 * LibraryViewModel.PAGE_SIZE).forEach(library::row);
        IntStream.range(0, 2 * LibraryViewModel.PAGE_SIZE).forEach(library::row);

        // The first page came with the list; the second is read once, however often it is asked for.
        assertThat(executor.reads).isEqualTo(1);
        assertThat(title(LibraryViewModel.PAGE_SIZE + 5)).isEqualTo("第106号通报");
    }

    @Test
    void theListSaysItIsLoadingUntilItsFirstListHasBeenRead() {
        Workspace unopened = new Workspace(executor, "tester");
        LibraryViewModel waiting = new LibraryViewModel(unopened, new SynchronousExecutor());

        assertThat(waiting.loadingProperty().get()).isTrue();

        unopened.open(temp.resolve("library.sqlite"));

        assertThat(waiting.loadingProperty().get()).isFalse();
    }

    private String title(int index) {
        return library.row(index).orElseThrow().summary().title().orElseThrow();
    }

    private static String post(String title, String source, String body) {
        return "---\nlayout: post\ntitle: \"" + title + "\"\ndate: 2023-01-31 09:00:00 +0800\ncategories: news\ntags: "
                + source + "新闻\n---\n<p>" + body + "</p>\n";
    }

    /** Runs everything at once, like {@link SynchronousExecutor}, counting the reads. */
    private static final class CountingExecutor implements TaskExecutor {
        private final SynchronousExecutor inner = new SynchronousExecutor();
        private int reads;

        @Override
        public <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
            reads++;
            inner.submit(work, onDone, onFailed);
        }

        @Override
        public <V> Task<V> execute(Task<V> task) {
            return inner.execute(task);
        }
    }
}
