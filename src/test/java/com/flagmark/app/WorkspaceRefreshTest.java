package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.ImportReport;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Code;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.usecase.AnnotationImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annotation import runs on the window's own library session, and the view-models show what it added when it ends. */
class WorkspaceRefreshTest {

    /** One annotation from another tool, matched by its quote, with a code the library lacks. */
    private static final String OTHER_TOOL = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
             "body": [{"type": "TextualBody", "purpose": "tagging", "value": "成效/复工台账"}],
             "target": {"selector": {"type": "TextQuoteSelector", "exact": "建立复工复产台账",
                                     "prefix": "进行摸底，", "suffix": "，掌握"}}}
            """;

    @TempDir
    Path temp;

    private final Workspace workspace = new Workspace(new SynchronousExecutor(), "tester");

    /** Closes the library, so its search index has written everything before the folder is removed. */
    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void theListTheCodebookAndTheOpenArticleShowWhatAnImportAddedWithoutBeingToldTo() throws IOException {
        Path file = temp.resolve("library.sqlite");
        try (Library library = Library.open(file)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore()).importPath(Path.of("seeds"),
                    Progress.NONE);
        }
        LibraryViewModel list = new LibraryViewModel(workspace, new SynchronousExecutor());
        ArticleViewModel article = new ArticleViewModel(workspace);
        CodebookViewModel codebook = new CodebookViewModel(workspace);
        workspace.open(file);
        ArticleSummary coded = ListedRows.of(list).stream().filter(each -> each.title().orElse("").contains("第一棒"))
                .findFirst().orElseThrow();
        article.open(coded.id());
        Path annotations = Files.writeString(temp.resolve("other-tool.jsonld"), OTHER_TOOL);

        AnnotationImportReport report = workspace.task(session -> session.importAnnotations(annotations))
                .run(Progress.NONE);

        assertThat(report.added()).isEqualTo(1);

        Code added = codebook.codebookProperty().get().resolve("成效/复工台账").orElseThrow();
        assertThat(codebook.usageProperty().get()).containsEntry(added.id(), 1);
        assertThat(article.annotations()).extracting(annotation -> annotation.anchor().exact())
                .containsExactly("建立复工复产台账");
        assertThat(article.usageProperty().get()).containsEntry(added.id(), 1);
        assertThat(ListedRows.of(list)).filteredOn(each -> each.id() == coded.id())
                .extracting(ArticleSummary::annotationCount).containsExactly(1);
        assertThat(workspace.nextUndoProperty().get()).isEmpty();
    }

    @Test
    void theListShowsTheArticlesOfAFolderImportedOnTheWindowsSession() {
        LibraryViewModel list = new LibraryViewModel(workspace, new SynchronousExecutor());
        workspace.open(temp.resolve("library.sqlite"));
        assertThat(list.articles()).isEmpty();

        ImportReport report = workspace.task(session -> session.importPath(Path.of("seeds"), 1)).run(Progress.NONE);

        assertThat(report.articles()).isPositive();
        assertThat(list.articles()).hasSize(report.articles());
    }
}
