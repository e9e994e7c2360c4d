package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.IndexProgress;
import com.flagmark.library.Library;
import com.flagmark.library.Snippet;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.usecase.ListedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search typed while the search index lags far behind the library waits beside the list
 * instead of in front of it: the list shows the filters' articles and reads its pages, the wait
 * shows how far the index is after each batch, and the search runs by itself once the index has
 * caught up, unless the user searched for something else or cleared the search meanwhile.
 *
 * <p>The index lags by a known number of changes that nothing indexes in the background
 * ({@link LaggingIndex}); each batch the search waits for is one the test lets through
 * ({@link HeldExecutor}).
 */
class SearchWhileIndexCatchesUpTest {

    /** Reports numbered 1 to 150; every third hands out a red flag (红旗), the others a yellow one (黄旗). */
    private static final int ARTICLES = 150;
    private static final int RED = ARTICLES / 3;
    /** Changes logged behind the index's back: six batches of the catch-up. */
    private static final int LAG = 3_000;
    private static final int BATCH = 500;

    @TempDir
    static Path temp;

    private final HeldExecutor waiting = new HeldExecutor();
    private LaggingIndex lagging;
    private Library held;
    private long indexedBefore;
    private Workspace workspace;
    private LibraryViewModel list;

    @BeforeAll
    static void importReports() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        for (int i = 1; i <= ARTICLES; i++) {
            Files.writeString(folder.resolve(String.format("%03d.md", i)), post("第" + i + "号通报",
                    "全市项目建设大比拼第" + i + "名亮" + (i % 3 == 0 ? "红旗" : "黄旗") + "，各县区对照排名查找差距。"));
        }
        try (Library open = Library.open(temp.resolve("library.sqlite"))) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), open.importStore()).importPath(folder, Progress.NONE);
        }
    }

    @BeforeEach
    void openTheListWithTheIndexLagging() throws SQLException {
        Path file = temp.resolve("library.sqlite");
        lagging = LaggingIndex.of(file, LAG / ARTICLES);
        held = lagging.library();
        indexedBefore = lagging.indexedBefore();
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        list = new LibraryViewModel(workspace, new SynchronousExecutor(), waiting);
        workspace.open(file);
    }

    @AfterEach
    void close() {
        workspace.close();
        lagging.close();
    }

    @Test
    void aSearchWhileTheIndexLagsShowsTheFiltersArticlesAndHowFarTheIndexIs() {
        list.search("红旗");

        assertThat(list.indexWaitProperty().get()).contains(new IndexProgress(indexedBefore, indexedBefore + LAG));
        assertThat(list.queryProperty().get()).isEqualTo("红旗");
        assertThat(list.listedQueryProperty().get()).isEmpty();
        assertThat(list.totalProperty().get()).isEqualTo(ARTICLES);
        assertThat(list.loadingProperty().get()).isFalse();
        assertThat(held.search().progress().behind()).isEqualTo(LAG);
    }

    @Test
    void theListReadsItsPagesWhileTheSearchWaits() {
        list.search("红旗");

        ListedArticle row = list.row(LibraryViewModel.PAGE_SIZE + 20).orElseThrow();

        assertThat(row.summary().title()).contains("第121号通报");
        assertThat(row.snippet()).isEmpty();
        assertThat(held.search().progress().behind()).isEqualTo(LAG);
    }

    @Test
    void eachBatchTheIndexCatchesUpShowsInTheWait() {
        list.search("红旗");

        waiting.runNext();
        assertThat(list.indexWaitProperty().get()).contains(new IndexProgress(indexedBefore + BATCH, indexedBefore + LAG));

        waiting.runNext();
        assertThat(list.indexWaitProperty().get())
                .contains(new IndexProgress(indexedBefore + 2 * BATCH, indexedBefore + LAG));
        assertThat(list.listedQueryProperty().get()).isEmpty();
    }

    @Test
    void theSearchRunsByItselfOnceTheIndexHasCaughtUp() {
        list.search("红旗");

        waiting.runAll();

        assertThat(list.indexWaitProperty().get()).isEmpty();
        assertThat(list.listedQueryProperty().get()).isEqualTo("红旗");
        assertThat(list.totalProperty().get()).isEqualTo(RED);
        Snippet snippet = list.row(0).flatMap(ListedArticle::snippet).orElseThrow();
        Snippet.Mark hit = snippet.marks().get(0);
        assertThat(snippet.text().substring(hit.start(), hit.end())).isEqualTo("红旗");
        assertThat(held.search().progress().caughtUp()).isTrue();
    }

    @Test
    void aNewSearchWhileOneWaitsTakesItsPlace() {
        list.search("红旗");
        waiting.runNext();

        list.search("黄旗");
        waiting.runAll();

        assertThat(list.listedQueryProperty().get()).isEqualTo("黄旗");
        assertThat(list.totalProperty().get()).isEqualTo(ARTICLES - RED);
    }

    @Test
    void clearingAWaitingSearchShowsTheListAtOnceAndTheSearchNeverRuns() {
        list.search("红旗");

        list.search("");

        assertThat(list.indexWaitProperty().get()).isEmpty();
        assertThat(list.totalProperty().get()).isEqualTo(ARTICLES);

        waiting.runAll();

        assertThat(list.listedQueryProperty().get()).isEmpty();
        assertThat(list.totalProperty().get()).isEqualTo(ARTICLES);
    }

    @Test
    void aSearchRunsAtOnceWhenTheIndexLagsByNoMoreThanABatch() {
        for (int caughtUp = 0; caughtUp < LAG - BATCH; caughtUp += BATCH) {
            held.search().catchUpBatch();
        }

        list.search("红旗");

        assertThat(list.indexWaitProperty().get()).isEmpty();
        assertThat(list.totalProperty().get()).isEqualTo(RED);
    }

    @Test
    void exportingTheListWhileItsSearchWaitsTakesTheArticlesShownWithoutWaiting() {
        list.search("红旗");
        AtomicReference<Optional<Set<Long>>> current = new AtomicReference<>();

        workspace.read(session -> list.currentArticles().apply(session), current::set);

        // Every article the filters let through, which the export takes as the whole library.
        assertThat(current.get()).isEmpty();
        assertThat(held.search().progress().behind()).isEqualTo(LAG);
    }

    private static String post(String title, String body) {
        return "---\nlayout: post\ntitle: \"" + title + "\"\ndate: 2023-01-31 09:00:00 +0800\ncategories: news\n---\n<p>"
                + body + "</p>\n";
    }
}
