package com.flagmark.app;

import com.flagmark.app.ProgressTask.Wording;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.ingest.ImportOptions;
import com.flagmark.ingest.ImportReport;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.SearchHit;
import com.flagmark.library.SearchResult;
import com.flagmark.library.Snippet;
import com.flagmark.usecase.AnnotationImportReport;
import com.flagmark.usecase.BackgroundTask;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.RecleanReport;
import com.flagmark.usecase.RecleanScope;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library pane: the articles that pass the filters (source, date range, code, coded only),
 * or, while a query is typed, those that match it, best first, with their snippets. Loading and
 * searching run on the library executor; an import or export runs beside them, on the same library.
 */
final class LibraryViewModel {

    /** A search shows at most this many hits; its total counts them all. */
    static final int SEARCH_LIMIT = 500;
    /** An import cleans files on all cores but one, which the window keeps. */
    private static final int IMPORT_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    // Properties

    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> readOnlyArticles = FXCollections.unmodifiableObservableList(articles);
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ArticleFilter> filter = new ReadOnlyObjectWrapper<>(ArticleFilter.ALL);
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Map<Long, Snippet>> snippets = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();

    private final Workspace workspace;
    /** Runs imports and exports beside the window's own reads and writes. */
    private final TaskExecutor taskExecutor;
    private long request;
    private Consumer<List<ArticleSummary>> afterLoad = loaded -> { };

    LibraryViewModel(Workspace workspace, TaskExecutor taskExecutor) {
        this.workspace = workspace;
        this.taskExecutor = taskExecutor;
        workspace.onOpen(this::reload);
        workspace.onChange(this::reload);
    }

    /** The articles shown: those the filters let through, or the search's hits best first. */
    ObservableList<ArticleSummary> articles() {
        return readOnlyArticles;
    }

    /** Every source in the library, for the source filter. */
    ObservableList<String> sources() {
        return sources;
    }

    ReadOnlyObjectProperty<ArticleFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    /**
     * How many articles the list stands for: all that pass the filters or, while searching, all
     * that match, though the list shows only the best {@value #SEARCH_LIMIT} of them.
     */
    ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The snippet of each hit of the current search, by article id; empty when not searching. */
    ReadOnlyObjectProperty<Map<Long, Snippet>> snippetsProperty() {
        return snippets.getReadOnlyProperty();
    }

    // Commands

    /** Runs once, after the list has next been loaded: the app then offers samples or reopens the last article. */
    void afterNextLoad(Consumer<List<ArticleSummary>> action) {
        afterLoad = action;
    }

    /** Shows the articles that pass this filter (and match the query, if one is typed). */
    void filter(ArticleFilter newFilter) {
        filter.set(newFilter);
        reload();
    }

    /** Searches the full text; an empty query shows the filtered list again. */
    void search(String text) {
        query.set(text.strip());
        reload();
    }

    /**
     * Starts importing a folder or file into the open library, on all cores but one so the
     * window stays quick; the list, the codebook and the open article refresh when it ends.
     */
    ProgressTask<ImportReport> importPath(Path source) {
        return importPath(source, ImportOptions.NONE);
    }

    /**
     * Starts importing as {@link #importPath(Path)} does, the articles that give no paper or date
     * taking them from their names, then from {@code options}. The progress window says it is
     * looking for the files from its first moment.
     */
    ProgressTask<ImportReport> importPath(Path source, ImportOptions options) {
        return start(workspace.task(session -> session.importPath(source, options, IMPORT_WORKERS)),
                Optional.of("import.starting"), Wording.counted("import.progress"));
    }

    /**
     * Starts importing the annotations of a file into the open library; once they are stored,
     * the list, the codebook and the open article show them.
     */
    ProgressTask<AnnotationImportReport> importAnnotations(Path file) {
        return start(workspace.task(session -> session.importAnnotations(file)),
                Optional.of("annotationImport.reading"),
                Wording.megabytes("annotationImport.progress"));
    }

    /** Starts re-cleaning the articles in scope from their files; the list and the open article follow it. */
    ProgressTask<RecleanReport> reclean(RecleanScope scope) {
        return start(workspace.task(session -> session.reclean(scope)), Optional.empty(),
                Wording.counted("reclean.progress"));
    }

    /** Starts writing an export of what {@code scope} takes from the library, worked out when it starts. */
    ProgressTask<Integer> export(ExportFormat format, Function<LibrarySession, ExportScope> scope, Path out) {
        return start(workspace.task(session -> session.export(format, scope, out)), Optional.of("export.reading"),
                Wording.counted("export.progress"));
    }

    private <V> ProgressTask<V> start(BackgroundTask<V> work, Optional<String> startKey, Wording wording) {
        ProgressTask<V> task = new ProgressTask<>(work, startKey, wording);
        taskExecutor.execute(task);
        return task;
    }

    /**
     * Returns what works out, in a library, the articles the list stands for now: every article
     * that passes the filters and matches the query, not only the best hits the list shows.
     * The function gives empty when neither filter nor query narrows the library.
     */
    Function<LibrarySession, Optional<Set<Long>>> currentArticles() {
        ArticleFilter current = filter.get();
        String text = query.get();
        return session -> matching(session, current, text);
    }

    private static Optional<Set<Long>> matching(LibrarySession session, ArticleFilter filter, String query) {
        if (filter.isAll() && query.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (filter.isAll()) {
            ids.addAll(session.matchingIds(query));
            return Optional.of(ids);
        }
        session.articles(filter).forEach(article -> ids.add(article.id()));
        if (!query.isEmpty()) {
            ids.retainAll(Set.copyOf(session.matchingIds(query)));
        }
        return Optional.of(ids);
    }

    /** Loads the list again, keeping the filter and query; a newer request wins over an older one. */
    void reload() {
        long mine = ++request;
        ArticleFilter current = filter.get();
        String text = query.get();
        workspace.read(session -> {
            List<String> allSources = session.sources();
            if (text.isEmpty()) {
                List<ArticleSummary> listed = session.articles(current);
                return new Listing(listed, listed.size(), Map.of(), allSources);
            }
            SearchResult result = session.search(text, current, SEARCH_LIMIT);
            Map<Long, Snippet> found = new HashMap<>();
            result.hits().forEach(hit -> found.put(hit.id(), hit.snippet()));
            List<Long> ids = result.hits().stream().map(SearchHit::id).toList();
            return new Listing(session.summaries(ids), result.total(), found, allSources);
        }, listing -> {
            if (mine != request) {
                return;
            }
            total.set(listing.total());
            articles.setAll(listing.articles());
            snippets.set(listing.snippets());
            if (!sources.equals(listing.sources())) {
                sources.setAll(listing.sources());
            }
            Consumer<List<ArticleSummary>> once = afterLoad;
            afterLoad = loaded -> { };
            once.accept(listing.articles());
        });
    }

    private record Listing(List<ArticleSummary> articles, long total, Map<Long, Snippet> snippets,
            List<String> sources) {
    }
}
