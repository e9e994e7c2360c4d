package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Progress;
import com.flagmark.render.Highlight;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.OlderCleanerLibrary;
import com.flagmark.usecase.RecleanReport;
import com.flagmark.usecase.RecleanScope;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article open in the reader while the window re-cleans it, and while that is undone. */
class RecleanedReaderTest {

    private static final String NAVIGATION = "首页 | 新闻 | 政务 | 民生";
    private static final String QUOTE = "亮出黄旗";

    @TempDir
    Path temp;

    private Workspace workspace;
    private ArticleViewModel article;

    @BeforeEach
    void openTheArticleOfALibraryAnOlderCleanerMade() throws IOException, SQLException {
        Path file = temp.resolve("library.sqlite");
        OlderCleanerLibrary.write(file);
        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            long id = session.articles().get(0).id();
            String text = session.article(id).orElseThrow().article().text();
            int start = CanonicalText.offsetOf(text, text.indexOf(QUOTE));
            session.annotate(id, Anchors.of(text, start, start + CanonicalText.length(QUOTE)),
                    List.of(session.codebook().resolve("措施/亮旗评比").orElseThrow().id()), "", Map.of());
        }
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        workspace.open(file);
        article.open(library.articles().get(0));
    }

    /** Re-cleaning changes the text the search index holds: the library closes before its folder goes. */
    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void theOpenArticleShowsItsNewTextWithItsHighlightOnTheSameQuote() {
        reclean();

        assertThat(text()).doesNotContain(NAVIGATION);
        assertThat(highlighted()).isEqualTo(QUOTE);
    }

    @Test
    void undoShowsTheOldTextAgainWithItsHighlight() {
        reclean();

        workspace.undo();

        assertThat(text()).contains(NAVIGATION);
        assertThat(highlighted()).isEqualTo(QUOTE);
    }

    private void reclean() {
        RecleanReport report = workspace.task(session -> session.reclean(RecleanScope.outdated())).run(Progress.NONE);
        workspace.recordDone(report.change().orElseThrow());
    }

    private String text() {
        return article.articleProperty().get().orElseThrow().article().text();
    }

    private String highlighted() {
        Highlight highlight = article.highlights().get(0);
        return CanonicalText.slice(text(), highlight.start(), highlight.end());
    }
}
