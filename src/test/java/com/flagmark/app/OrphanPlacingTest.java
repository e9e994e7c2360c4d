package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Span;
import com.flagmark.model.Annotation;
import com.flagmark.model.CanonicalText;
import com.flagmark.usecase.OlderCleanerLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annotation a re-cleaning orphaned, shown in the sidebar and placed again by selecting text. */
class OrphanPlacingTest {

    private static final String GONE = "这个调度会开得好";
    private static final String NEW_PLACE = "确保全年目标任务圆满完成";

    @TempDir
    Path temp;

    private Workspace workspace;
    private ArticleViewModel article;

    @BeforeEach
    void openARecleanedLibraryWithAnOrphan() throws IOException, SQLException {
        Path file = temp.resolve("library.sqlite");
        OlderCleanerLibrary.writeWithAnOrphan(file, GONE);
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        workspace.open(file);
        article.open(library.articles().get(0));
    }

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void orphanIsListedWithItsQuoteButNotHighlighted() {
        assertThat(article.annotations()).singleElement().satisfies(annotation -> {
            assertThat(annotation.orphaned()).isTrue();
            assertThat(annotation.anchor().exact()).isEqualTo(GONE);
        });
        assertThat(article.highlights()).isEmpty();
    }

    @Test
    void selectingTextPlacesTheOrphanThereWithItsCodesAndNote() {
        Annotation orphan = article.annotations().get(0);
        article.selectAnnotation(Optional.of(orphan.id()));
        article.select(Optional.of(span(NEW_PLACE)));

        boolean placed = article.placeSelected();

        assertThat(placed).isTrue();
        Annotation now = article.annotations().get(0);
        assertThat(now.orphaned()).isFalse();
        assertThat(now.anchor().exact()).isEqualTo(NEW_PLACE);
        assertThat(now.codeIds()).isEqualTo(orphan.codeIds());
        assertThat(now.note()).isEqualTo("评论");
        assertThat(article.highlights()).hasSize(1);
    }

    @Test
    void placingIsUndoneLikeAnyEdit() {
        Annotation orphan = article.annotations().get(0);
        article.selectAnnotation(Optional.of(orphan.id()));
        article.select(Optional.of(span(NEW_PLACE)));
        article.placeSelected();

        workspace.undo();

        assertThat(article.annotations()).singleElement().satisfies(annotation -> {
            assertThat(annotation.orphaned()).isTrue();
            assertThat(annotation.anchor()).isEqualTo(orphan.anchor());
        });
    }

    @Test
    void nothingIsPlacedWithoutASelection() {
        article.selectAnnotation(Optional.of(article.annotations().get(0).id()));

        assertThat(article.placeSelected()).isFalse();
        assertThat(article.annotations().get(0).orphaned()).isTrue();
    }

    private Span span(String quote) {
        String text = article.articleProperty().get().orElseThrow().article().text();
        int start = CanonicalText.offsetOf(text, text.indexOf(quote));
        return new Span(start, start + CanonicalText.length(quote));
    }
}
