package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.library.SearchHit;
import com.flagmark.model.Code;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.usecase.LibrarySession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What File › Export… offers and takes, on the sample library, without the toolkit. */
class ExportViewModelTest {

    @TempDir
    Path temp;

    private Path file;
    private Preferences preferences;
    private Workspace workspace;
    private LibraryViewModel library;
    private CodebookViewModel codebook;

    @BeforeEach
    void openTheSampleLibrary() {
        file = temp.resolve("library.sqlite");
        try (Library open = Library.open(file)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), open.importStore()).importPath(Path.of("seeds"),
                    Progress.NONE);
        }
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
        codebook = new CodebookViewModel(workspace);
        workspace.open(file);
    }

    @AfterEach
    void closeTheLibraryAndForgetSettings() throws BackingStoreException {
        workspace.close();
        preferences.removeNode();
    }

    @Test
    void theCurrentListTakesEveryArticleItsFiltersAndSearchLetThrough() {
        ArticleFilter fromTheDaily = ArticleFilter.ALL.withSource("大众日报");
        library.filter(fromTheDaily);
        library.search("项目");
        ExportViewModel model = model(Set.of(), Optional.empty());
        model.scopeProperty().set(ExportViewModel.Scope.CURRENT_LIST);

        ExportScope scope = resolve(model);

        Set<Long> shown = Set.copyOf(library.articles());
        assertThat(shown).isNotEmpty();
        assertThat(scope.articleIds()).contains(shown);
        try (Library open = Library.open(file)) {
            Set<Long> expected = open.search().search("项目", fromTheDaily, 1000).hits().stream().map(SearchHit::id)
                    .collect(Collectors.toSet());
            assertThat(scope.articleIds()).contains(expected);
        }
    }

    @Test
    void theCurrentListWithoutSearchOrFiltersIsTheWholeLibrary() {
        ExportViewModel model = model(Set.of(), Optional.empty());
        model.scopeProperty().set(ExportViewModel.Scope.CURRENT_LIST);

        assertThat(resolve(model)).isEqualTo(ExportScope.ALL);
    }

    @Test
    void theSelectedCodeIsPassedOnForTheExportToTakeTheCodesBelowItToo() {
        Code measures = codebook.codebookProperty().get().resolve("措施").orElseThrow();
        ExportViewModel model = model(Set.of(), Optional.of(measures));
        model.scopeProperty().set(ExportViewModel.Scope.SELECTED_CODE);

        assertThat(resolve(model)).isEqualTo(ExportScope.codes(List.of(measures.id())));
    }

    @Test
    void theSelectedArticlesAreOfferedOnlyWhenSomeAreSelected() {
        assertThat(model(Set.of(), Optional.empty()).isAvailable(ExportViewModel.Scope.SELECTED_ARTICLES)).isFalse();
        assertThat(model(Set.of(), Optional.empty()).isAvailable(ExportViewModel.Scope.SELECTED_CODE)).isFalse();

        ExportViewModel model = model(Set.of(3L, 5L), Optional.empty());
        model.scopeProperty().set(ExportViewModel.Scope.SELECTED_ARTICLES);

        assertThat(model.isAvailable(ExportViewModel.Scope.SELECTED_ARTICLES)).isTrue();
        assertThat(resolve(model)).isEqualTo(ExportScope.articles(Set.of(3L, 5L)));
    }

    @Test
    void theCodebookFormatTakesTheWholeCodebookWhateverScopeWasChosen() {
        ExportViewModel model = model(Set.of(3L), Optional.empty());
        model.scopeProperty().set(ExportViewModel.Scope.SELECTED_ARTICLES);

        model.formatProperty().set(ExportFormat.CODEBOOK_CSV);

        assertThat(model.takesScope().get()).isFalse();
        assertThat(resolve(model)).isEqualTo(ExportScope.ALL);
    }

    @Test
    void countsTheArticlesOfEachScope() {
        Code measures = codebook.codebookProperty().get().resolve("措施").orElseThrow();
        Code flags = codebook.codebookProperty().get().resolve("措施/亮旗评比").orElseThrow();
        List<ArticleSummary> articles = ListedRows.of(library);
        annotate(articles.get(0).id(), flags);
        annotate(articles.get(1).id(), flags);
        library.search("开门红");
        ExportViewModel model = model(Set.of(articles.get(2).id()), Optional.of(measures));

        model.countArticles();

        assertThat(model.articleCountsProperty().get()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ExportViewModel.Scope.LIBRARY, 17,
                ExportViewModel.Scope.CURRENT_LIST, library.articles().size(),
                ExportViewModel.Scope.SELECTED_ARTICLES, 1,
                ExportViewModel.Scope.SELECTED_CODE, 2));
    }

    @Test
    void offersAFileNamedForWhatTheFormatHoldsAndTheDay() {
        LocalDate day = LocalDate.of(2026, 11, 21);

        assertThat(ExportViewModel.fileName(ExportFormat.CSV, day)).isEqualTo("flagmark-annotations-2026-11-21.csv");
        assertThat(ExportViewModel.fileName(ExportFormat.JSON, day)).isEqualTo("flagmark-annotations-2026-11-21.json");
        assertThat(ExportViewModel.fileName(ExportFormat.ARTICLES_CSV, day)).isEqualTo("flagmark-articles-2026-11-21.csv");
        assertThat(ExportViewModel.fileName(ExportFormat.CODEBOOK_CSV, day)).isEqualTo("flagmark-codebook-2026-11-21.csv");
        assertThat(ExportViewModel.fileName(ExportFormat.QDPX, day)).isEqualTo("flagmark-project-2026-11-21.qdpx");
        assertThat(ExportViewModel.fileName(ExportFormat.QDC, day)).isEqualTo("flagmark-codebook-2026-11-21.qdc");
    }

    @Test
    void startsWithTheFormatOfTheLastExport() {
        new AppSettings(preferences).exportFormat("json");

        assertThat(model(Set.of(), Optional.empty()).formatProperty().get()).isEqualTo(ExportFormat.JSON);
    }

    private ExportViewModel model(Set<Long> selectedArticles, Optional<Code> selectedCode) {
        return new ExportViewModel(workspace, library, new AppSettings(preferences), selectedArticles, selectedCode);
    }

    private ExportScope resolve(ExportViewModel model) {
        try (LibrarySession open = LibrarySession.open(file, "tester")) {
            return model.scope().apply(open);
        }
    }

    private void annotate(long articleId, Code code) {
        try (Library open = Library.open(file)) {
            String text = open.articles().find(articleId).orElseThrow().article().text();
            open.annotations().create(articleId, Anchors.of(text, 0, 2), List.of(code.id()), "", Map.of(), "tester");
        }
    }
}
