package com.flagmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.web.PageCorpusTest;
import com.flagmark.library.Library;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Block;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the whole shared corpus ({@code flagmark.corpus}) into a fresh library: every file is
 * imported or reported with a reason, none fails, and no site chrome reaches a body.
 */
@Tag("corpus")
class CorpusImportTest {

    /** Chrome of the Jekyll posts' sites, beside what web pages carry. */
    private static final List<String> POST_CHROME = List.of("返回东财滚动新闻", "返回大众日报新闻", "文章来源：", "<>",
            "finews.withounder.com");

    @TempDir
    Path temp;

    @Test
    void everyFileIsImportedOrReportedAndNoChromeReachesABody() {
        Path corpus = Path.of(System.getProperty("flagmark.corpus"));
        try (Library library = Library.open(temp.resolve("corpus.sqlite"))) {
            ImportReport report = new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore())
                    .importPath(corpus, Progress.NONE);

            assertThat(report.outcomes(FileOutcome.Status.FAILED)).isEmpty();
            assertThat(report.outcomes()).hasSize(report.files());
            assertThat(report.outcomes(FileOutcome.Status.SKIPPED)).allSatisfy(skipped ->
                    assertThat(skipped.reason()).get().asString().isNotBlank());
            assertThat(report.articles()).isGreaterThanOrEqualTo(75);
            List<String> chrome = new ArrayList<>(PageCorpusTest.CHROME_MARKERS);
            chrome.addAll(POST_CHROME);
            for (FileOutcome imported : report.outcomes(FileOutcome.Status.IMPORTED)) {
                for (long id : imported.articles()) {
                    StoredArticle article = library.articles().find(id).orElseThrow();
                    for (Block block : article.article().blocks()) {
                        assertThat(block.text()).as("a block of %s", imported.file()).doesNotContain(chrome);
                    }
                }
            }
        }
    }
}
