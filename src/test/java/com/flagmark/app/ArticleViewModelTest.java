package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Span;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding passages through the view-models, on a real library, without the toolkit. */
class ArticleViewModelTest {

    /** A plain-text article written with CRLF line ends and a character beyond the BMP (𠮷). */
    private static final String CRLF_ARTICLE = "𠮷野家门店项目开工\r\n\r\n2023-02-14 09:00 某某日报\r\n\r\n"
            + "𠮷野家项目现场，对后进的亮黄旗，市领导进行约谈。\r\n\r\n截至2月20日，返岗率达98%。\r\n";

    @TempDir
    Path temp;

    private Workspace workspace;
    private LibraryViewModel library;
    private ArticleViewModel article;
    private CodebookViewModel codebook;

    @BeforeEach
    void openLibraryWithOneArticle() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.write(folder.resolve("article.txt"), CRLF_ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path file = temp.resolve("library.sqlite");
        try (Library open = Library.open(file)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), open.importStore()).importPath(folder, Progress.NONE);
        }
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        codebook = new CodebookViewModel(workspace);
        workspace.open(file);
        article.open(library.articles().get(0));
    }

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void appliesAPinnedCodeToTheSelectionInCodePoints() {
        String text = text();
        int start = text.codePointCount(0, text.indexOf("约谈"));

        article.select(Optional.of(new Span(start, start + 2)));
        boolean applied = article.applyShortcut("3");

        assertThat(applied).isTrue();
        Annotation annotation = article.annotations().get(0);
        assertThat(annotation.anchor().exact()).isEqualTo("约谈");
        assertThat(annotation.anchor().start()).isEqualTo(start);
        assertThat(annotation.anchor().prefix()).endsWith("市领导进行");
        assertThat(code(annotation)).isEqualTo("约谈问责");
        assertThat(article.selectedProperty().get()).contains(annotation);
        assertThat(article.selectionProperty().get()).isEmpty();
        assertThat(ListedRows.of(library)).extracting(ArticleSummary::annotationCount).containsExactly(1);
    }

    @Test
    void countsTheCharacterBeyondTheBmpAsOne() {
        article.select(Optional.of(new Span(0, 3)));
        article.applyShortcut("1");

        assertThat(article.annotations().get(0).anchor().exact()).isEqualTo("𠮷野家");
        assertThat(article.highlights()).singleElement().satisfies(highlight -> {
            assertThat(highlight.start()).isZero();
            assertThat(highlight.end()).isEqualTo(3);
            assertThat(highlight.selected()).isTrue();
        });
    }

    @Test
    void ignoresASelectionOfWhiteSpaceOnly() {
        String text = text();
        int lineFeed = text.codePointCount(0, text.indexOf('\n'));

        article.select(Optional.of(new Span(lineFeed, lineFeed + 1)));

        assertThat(article.selectionProperty().get()).isEmpty();
        assertThat(article.applyShortcut("1")).isFalse();
        assertThat(article.annotations()).isEmpty();
    }

    @Test
    void undoAndRedoRestoreThePreviousState() {
        article.select(Optional.of(new Span(0, 3)));
        article.applyShortcut("1");
        long id = article.annotations().get(0).id();
        article.setNote("门店开业");

        workspace.undo();
        assertThat(article.annotations().get(0).note()).isEmpty();
        workspace.undo();
        assertThat(article.annotations()).isEmpty();
        workspace.redo();
        workspace.redo();
        assertThat(article.annotations()).singleElement().satisfies(annotation -> {
            assertThat(annotation.id()).isEqualTo(id);
            assertThat(annotation.note()).isEqualTo("门店开业");
        });
    }

    @Test
    void addsASecondCodeAndTypedAttributesToTheSelectedAnnotation() {
        String text = text();
        int start = text.codePointCount(0, text.indexOf("返岗率"));
        article.select(Optional.of(new Span(start, start + 7)));
        article.applyShortcut("7");

        article.applyShortcut("8");
        article.setAttributes(Map.of("indicator", "返岗率", "value", "98", "unit", "%", "asOf", "2023-02-20"));

        Annotation annotation = article.annotations().get(0);
        assertThat(annotation.codeIds()).hasSize(2);
        assertThat(annotation.attributes()).containsEntry("value", "98").containsEntry("unit", "%");
        assertThat(article.usageProperty().get().values()).containsOnly(0, 1);
    }

    @Test
    void stepsThroughAnnotationsInTheOrderOfTheText() {
        String text = text();
        int flag = text.codePointCount(0, text.indexOf("亮黄旗"));
        article.select(Optional.of(new Span(flag, flag + 3)));
        article.applyShortcut("1");
        article.select(Optional.of(new Span(0, 3)));
        article.applyShortcut("9");
        article.selectAnnotation(Optional.empty());

        article.nextAnnotation();
        assertThat(selectedQuote()).isEqualTo("𠮷野家");
        article.nextAnnotation();
        assertThat(selectedQuote()).isEqualTo("亮黄旗");
        article.previousAnnotation();
        assertThat(selectedQuote()).isEqualTo("𠮷野家");
    }

    @Test
    void clickingTheSamePlaceAgainSelectsTheNextAnnotationUnderIt() {
        article.select(Optional.of(new Span(0, 3)));
        article.applyShortcut("1");
        article.select(Optional.of(new Span(0, 5)));
        article.applyShortcut("2");
        long inner = article.annotations().stream().filter(a -> a.anchor().end() == 3).findFirst().orElseThrow().id();
        long outer = article.annotations().stream().filter(a -> a.anchor().end() == 5).findFirst().orElseThrow().id();

        article.highlightsClicked(List.of(inner, outer));
        assertThat(article.selectedProperty().get().orElseThrow().id()).isEqualTo(inner);
        article.highlightsClicked(List.of(inner, outer));
        assertThat(article.selectedProperty().get().orElseThrow().id()).isEqualTo(outer);
    }

    @Test
    void takingOffTheLastCodeDeletesTheAnnotation() {
        article.select(Optional.of(new Span(0, 3)));
        article.applyShortcut("1");
        long codeId = article.annotations().get(0).codeIds().get(0);

        article.removeCode(codeId);

        assertThat(article.annotations()).isEmpty();
        assertThat(article.selectedProperty().get()).isEmpty();
    }

    private String selectedQuote() {
        return article.selectedProperty().get().orElseThrow().anchor().exact();
    }

    private String text() {
        return article.articleProperty().get().orElseThrow().article().text();
    }

    private String code(Annotation annotation) {
        return codebook.codebookProperty().get().find(annotation.codeIds().get(0)).map(Code::name).orElseThrow();
    }
}
