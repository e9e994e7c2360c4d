package com.flagmark.app;

import com.flagmark.app.ProgressTask.Wording;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.ingest.ImportOptions;
import com.flagmark.ingest.ImportReport;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleOrder;
import com.flagmark.library.IndexProgress;
import com.flagmark.usecase.AnnotationImportReport;
import com.flagmark.usecase.ArticleList;
import com.flagmark.usecase.BackgroundTask;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.ListedArticle;
import com.flagmark.usecase.RecleanReport;
import com.flagmark.usecase.RecleanScope;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * or, while a query is typed, those that match it, best first, with their snippets; in their
 * own order or sorted by a column. The list holds only the ids of its articles, read with the
 * filter, the search and the sort in one step; the rows on screen are read a page at a time and
 * a few pages are kept (docs/decisions/0023). Reading runs on the library executor; an import or
 * export runs beside it, on the same library. A search typed while the search index lags far
 * behind the library (restored from a backup, or just imported into) does not wait there: the
 * list shows the filters' articles, the search waits beside it, a batch of the index at a time,
 * saying how far the index is, and runs once the index has caught up (docs/decisions/0038).
 */
final class LibraryViewModel {

    /** How many rows are read at a time. */
    static final int PAGE_SIZE = 100;
    /** How many pages of rows are kept: a few screens' worth, however long the list. */
    static final int PAGES_KEPT = 12;
    /** An import cleans files on all cores but one, which the window keeps. */
    private static final int IMPORT_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    /**
     * How far, in changes, the index may lag for a search still to run at once: one batch of its
     * catch-up, well under a second, which the search indexes itself before searching.
     */
    static final long SEARCHED_AT_ONCE = 500;

    // Properties

    private final IdList ids = new IdList();
    private final ObservableList<Long> readOnlyIds = FXCollections.unmodifiableObservableList(ids);
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ArticleFilter> filter = new ReadOnlyObjectWrapper<>(ArticleFilter.ALL);
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<ArticleOrder>> order = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper pagesRead = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper shortened = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<IndexProgress>> indexWait = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper listedQuery = new ReadOnlyStringWrapper("");

    private final Workspace workspace;
    /** Runs imports and exports beside the window's own reads and writes. */
    private final TaskExecutor taskExecutor;
    /** Waits for the search index a batch at a time, beside the library executor's reads. */
    private final TaskExecutor indexWaiting;
    private final CareViewModel care;
    private final Map<Integer, Map<Long, ListedArticle>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Long, ListedArticle>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> pending = new HashSet<>();
    /** Counts the lists of ids shown, so that a page read for an older list is dropped. */
    private long generation;
    private long request;
    private Optional<Long> selected = Optional.empty();
    private IntConsumer afterLoad = count -> { };

    /** A list whose searches wait for a lagging search index on the task executor. */
    LibraryViewModel(Workspace workspace, TaskExecutor taskExecutor) {
        this(workspace, taskExecutor, taskExecutor);
    }

    /** A list whose searches wait for a lagging search index on {@code indexWaiting}. */
    LibraryViewModel(Workspace workspace, TaskExecutor taskExecutor, TaskExecutor indexWaiting) {
        this.workspace = workspace;
        this.taskExecutor = taskExecutor;
        this.indexWaiting = indexWaiting;
        this.care = new CareViewModel(workspace, taskExecutor);
        workspace.onOpen(this::reload);
        workspace.onChange(this::reload);
    }

    /** The checks and backups of the open library. */
    CareViewModel care() {
        return care;
    }

    /** The ids of the articles the list stands for, in its order: every one, not a first few. */
    ObservableList<Long> articles() {
        return readOnlyIds;
    }

    /** Every source in the library, for the source filter. */
    ObservableList<String> sources() {
        return sources;
    }

    ReadOnlyObjectProperty<ArticleFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The search as typed, which the list shows the results of once it can be run. */
    ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** The search the list shows the results of: the typed one, or empty while it waits for the index. */
    ReadOnlyStringProperty listedQueryProperty() {
        return listedQuery.getReadOnlyProperty();
    }

    /**
     * While the typed search waits for the search index to catch up with the library: how far the
     * index is, refreshed after each batch it indexes; empty when no search waits.
     */
    ReadOnlyObjectProperty<Optional<IndexProgress>> indexWaitProperty() {
        return indexWait.getReadOnlyProperty();
    }

    /** The column the list is sorted by; empty for its own order (import order, or best first). */
    ReadOnlyObjectProperty<Optional<ArticleOrder>> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /**
     * How many articles the list stands for: all that pass the filters or, while searching, all
     * that match (while the search waits for the index, all that pass the filters).
     */
    ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Whether the search text was too long and only its beginning was searched for. */
    ReadOnlyBooleanProperty shortenedProperty() {
        return shortened.getReadOnlyProperty();
    }

    /** True until the list of a library, or of a new filter, search or order, has been read. */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Counts the pages of rows read (and the lists): each time, rows that showed nothing may now show their article. */
    ReadOnlyIntegerProperty pagesReadProperty() {
        return pagesRead.getReadOnlyProperty();
    }

    /** Where the selected article stands in the list now, −1 when it is not in it. */
    ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /**
     * Returns the row at this index of the list if its page has been read; otherwise starts
     * reading that page (once) and returns empty until it has arrived.
     */
    Optional<ListedArticle> row(int index) {
        if (index < 0 || index >= ids.size()) {
            return Optional.empty();
        }
        int page = index / PAGE_SIZE;
        if (!pages.containsKey(page)) {
            read(page);
        }
        return Optional.ofNullable(pages.get(page)).map(rows -> rows.get(ids.get(index)));
    }

    /** Returns the row of an article if a page kept holds it, without reading anything. */
    Optional<ListedArticle> readRow(long articleId) {
        for (Map<Long, ListedArticle> rows : pages.values()) {
            ListedArticle row = rows.get(articleId);
            if (row != null) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Returns where an article stands in the list, −1 when it is not in it. */
    int indexOf(long articleId) {
        return ids.indexOf(articleId);
    }

    // Commands

    /** Runs once, after the list has next been loaded, with its length: the app then offers samples or reopens the last article. */
    void afterNextLoad(IntConsumer action) {
        afterLoad = action;
    }

    /**
     * Shows the articles that pass this filter (and match the query, if one is typed); the filter
     * shown already is not read again.
     */
    void filter(ArticleFilter newFilter) {
        // The filter boxes report their values again when their choices are refilled (the code box
        // as the codebook arrives with a library): a second reading of every id replaced the first.
        if (!newFilter.equals(filter.get())) {
            filter.set(newFilter);
            reload();
        }
    }

    /** Searches the full text; an empty query shows the filtered list again. */
    void search(String text) {
        query.set(text.strip());
        reload();
    }

    /** Sorts the list by a column, or (empty) puts it back in its own order; the selected article stays selected. */
    void sort(Optional<ArticleOrder> newOrder) {
        if (!newOrder.equals(order.get())) {
            order.set(newOrder);
            reload();
        }
    }

    /** Remembers the article the user selected, so that it stays selected when the list is read again. */
    void select(long articleId) {
        selected = Optional.of(articleId);
        selectedIndex.set(indexOf(articleId));
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
        String text = listedQuery.get();
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

    /**
     * Loads the list again, keeping the filter, query and order; a newer request wins over an
     * older one. A search while the index lags more than {@link #SEARCHED_AT_ONCE} changes shows
     * the filters' articles and waits for the index beside the list's reads.
     */
    void reload() {
        long mine = ++request;
        if (ids.isEmpty()) {
            loading.set(true);
        }
        ArticleFilter current = filter.get();
        String text = query.get();
        Optional<ArticleOrder> sorted = order.get();
        workspace.read(session -> {
            IndexProgress progress = text.isEmpty() ? IndexProgress.CAUGHT_UP : session.searchIndexProgress();
            return progress.behind() > SEARCHED_AT_ONCE
                    ? listing(session, current, "", sorted, Optional.of(progress))
                    : listing(session, current, text, sorted, Optional.empty());
        }, listing -> {
            if (mine == request) {
                show(listing);
                listing.indexWait().ifPresent(progress -> awaitIndex(mine));
            }
        });
    }

    private static Listing listing(LibrarySession session, ArticleFilter filter, String text,
            Optional<ArticleOrder> sorted, Optional<IndexProgress> indexWait) {
        ArticleList list = new ArticleList(session);
        long[] found = list.ids(filter, text, sorted);
        List<Long> first = Arrays.stream(found, 0, Math.min(found.length, PAGE_SIZE)).boxed().toList();
        return new Listing(text, found, list.rows(first, text), list.shortens(text), indexWait);
    }

    /**
     * Waits for the next batch of the index beside the list's reads; then shows how far the index
     * is and waits again, or, once it lags no more than a search catches up with at once, runs the
     * search. A newer request (another search, a cleared one, a new filter, another library)
     * ends the wait, and a failure of a wait no longer wanted, such as one whose library was
     * closed under it, is not shown.
     */
    private void awaitIndex(long mine) {
        workspace.readOn(indexWaiting, LibrarySession::catchUpSearchIndexBatch, progress -> {
            if (mine != request) {
                return;
            }
            if (progress.behind() > SEARCHED_AT_ONCE) {
                indexWait.set(Optional.of(progress));
                awaitIndex(mine);
            } else {
                reload();
            }
        }, failure -> {
            if (mine == request) {
                indexWait.set(Optional.empty());
                workspace.fail(failure);
            }
        });
    }

    private void show(Listing listing) {
        generation++;
        pages.clear();
        pending.clear();
        pages.put(0, listing.firstPage());
        // Before the ids: rows asked for as the new ids arrive are read for the query they show.
        listedQuery.set(listing.query());
        pagesRead.set(pagesRead.get() + 1);
        ids.replace(listing.ids());
        total.set(listing.ids().length);
        shortened.set(listing.shortened());
        indexWait.set(listing.indexWait());
        selectedIndex.set(selected.map(this::indexOf).orElse(-1));
        loading.set(false);
        IntConsumer once = afterLoad;
        afterLoad = count -> { };
        once.accept(listing.ids().length);
        workspace.read(LibrarySession::sources, all -> {
            if (!sources.equals(all)) {
                sources.setAll(all);
            }
        });
    }

    private void read(int page) {
        if (!pending.add(page)) {
            return;
        }
        long mine = generation;
        String text = listedQuery.get();
        List<Long> slice = List.copyOf(ids.subList(page * PAGE_SIZE, Math.min(ids.size(), (page + 1) * PAGE_SIZE)));
        workspace.read(session -> new ArticleList(session).rows(slice, text), rows -> {
            if (mine == generation) {
                pending.remove(page);
                pages.put(page, rows);
                pagesRead.set(pagesRead.get() + 1);
            }
        });
    }

    /** The ids of a list and the rows of its first page, read for a query (empty while the search waits for the index). */
    private record Listing(String query, long[] ids, Map<Long, ListedArticle> firstPage, boolean shortened,
            Optional<IndexProgress> indexWait) {
    }
}
