package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.ImportOptions;
import com.flagmark.ingest.ImportReport;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.AnalysisRepository;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.IndexProgress;
import com.flagmark.library.Library;
import com.flagmark.library.LibraryLocation;
import com.flagmark.library.SearchResult;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import com.flagmark.nlp.HanlpSegmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One open library and what a user does with it: reading, coding with undo, and the long work
 * of importing and exporting. The window and its background tasks share one session, so a task
 * writes where the window reads and the window learns when it has ({@link #afterTasks}); the
 * command line opens one per command. Reads and writes are safe from several threads (the
 * library lets one write at a time and reads beside it); the undo history belongs to the thread
 * that edits.
 */
public final class LibrarySession implements AutoCloseable {

    private final Library library;
    private final Edits edits;
    private final History history = new History(() -> { });
    private final List<Runnable> taskListeners = new CopyOnWriteArrayList<>();
    /** How many tasks that write (imports, re-cleaning) are running on this session. */
    private final AtomicInteger writingTasks = new AtomicInteger();
    private final TextChanges textChanges = new TextChanges();
    private final String coder;
    private final Suggestions suggestions;

    private LibrarySession(Library library, String coder) {
        this.library = library;
        this.coder = coder;
        this.edits = new Edits(library, coder);
        this.suggestions = new Suggestions(this, library, (what, count) -> LibraryCare.of(this).backupBefore(what));
        textChanges.beforeWriting(() -> LibraryCare.of(this).backupBefore("re-cleaning"));
        textChanges.afterTextChanged(suggestions::textChanged);
    }

    /**
     * Opens the library in {@code file}, creating it if missing, for changes made by {@code coder}.
     *
     * @throws FlagmarkException with a message for the user if the file cannot be opened as a library
     */
    public static LibrarySession open(Path file, String coder) {
        return new LibrarySession(Library.open(file), Objects.requireNonNull(coder, "coder"));
    }

    /**
     * Opens the library in {@code file}, which must exist, for changes made by {@code coder}.
     *
     * @throws FlagmarkException with a message for the user if there is no library at {@code file}
     *         or it cannot be opened
     */
    public static LibrarySession openExisting(Path file, String coder) {
        return new LibrarySession(Library.openExisting(file), Objects.requireNonNull(coder, "coder"));
    }

    /** Returns the library file a user has when they name none. */
    public static Path defaultFile() {
        return LibraryLocation.defaultFile();
    }

    /** Returns the library's file. */
    public Path file() {
        return library.file();
    }

    // Reading

    /** Returns every article, in import order. */
    public List<ArticleSummary> articles() {
        return library.articles().list();
    }

    /** Returns the articles that pass the filter, in import order. */
    public List<ArticleSummary> articles(ArticleFilter filter) {
        return library.articles().list(filter);
    }

    /** Returns the summaries of these articles, in the order of the ids. */
    public List<ArticleSummary> summaries(List<Long> ids) {
        return library.articles().summaries(ids);
    }

    /** Returns an article with its blocks and text, if there is one with this id. */
    public Optional<StoredArticle> article(long id) {
        return library.articles().find(id);
    }

    /** Returns how many articles the library holds. */
    public int articleCount() {
        return library.articles().count();
    }

    /** Returns every source the articles name, for the source filter. */
    public List<String> sources() {
        return library.articles().sources();
    }

    /** Returns the best hits of a search among the articles that pass the filter, and how many match in all. */
    public SearchResult search(String query, ArticleFilter filter, int limit) {
        return library.search().search(query, filter, limit);
    }

    /**
     * Tells how far the search index has followed the library: a library restored from a backup
     * or opened after a crash opens at once and catches its index up in the background, and
     * until then every search waits for it.
     */
    public IndexProgress searchIndexProgress() {
        return library.search().progress();
    }

    /** Waits until every article can be searched for, telling {@code onProgress} how far the index is. */
    public void awaitSearchIndex(Consumer<IndexProgress> onProgress) {
        library.search().awaitCaughtUp(onProgress);
    }

    /**
     * Indexes the next few hundred changes the search index lacks, waiting for them, and tells
     * how far it is then: for a caller that shows the progress between batches and may stop
     * waiting, where {@link #awaitSearchIndex} waits for all of it.
     */
    public IndexProgress catchUpSearchIndexBatch() {
        return library.search().catchUpBatch();
    }

    /** Returns how many articles a search finds. */
    public long count(String query) {
        return library.search().count(query);
    }

    /** Returns the ids of every article a search finds. */
    public List<Long> matchingIds(String query) {
        return library.search().matchingIds(query);
    }

    /** Returns the annotations of an article, by start, then end, then id. */
    public List<Annotation> annotations(long articleId) {
        return library.annotations().of(articleId);
    }

    /** Returns every annotation, by article, then start, end and id. */
    public List<Annotation> annotations() {
        return library.annotations().all();
    }

    /** Returns the codebook as it stands. */
    public Codebook codebook() {
        return new Codebook(library.codebook().all());
    }

    /** Returns how many annotations carry each code, 0 for an unused code. */
    public Map<Long, Integer> usage() {
        return library.codebook().usage();
    }

    /** Returns how many annotations of an article carry each code. */
    public Map<Long, Integer> usage(long articleId) {
        return library.codebook().usage(articleId);
    }

    /** Returns the library's counts of coded passages, for the analysis use cases. */
    AnalysisRepository analysis() {
        return library.analysis();
    }

    /** Returns the suggestions of the library under review, computed and reviewed through this session. */
    public Suggestions suggestions() {
        return suggestions;
    }

    /** Returns the open library, for the use cases that work on it beside the session. */
    Library library() {
        return library;
    }

    /** Returns who this session's changes are by. */
    String coder() {
        return coder;
    }

    // Coding, with undo

    /** Makes a change to annotations or the codebook, saved at once, and records it for undo. */
    public void perform(Function<Edits, Change> change) {
        history.perform(change.apply(edits));
    }

    /** Undoes the last change, if there is one. */
    public void undo() {
        history.undo();
    }

    /** Redoes the last undone change, if there is one. */
    public void redo() {
        history.redo();
    }

    /** Returns the change Undo would undo. */
    public Optional<Change> nextUndo() {
        return history.nextUndo();
    }

    /** Returns the change Redo would redo. */
    public Optional<Change> nextRedo() {
        return history.nextRedo();
    }

    /**
     * Codes a passage at once, outside the undo history, and returns the annotation as stored:
     * for a single command.
     *
     * @throws FlagmarkException if the library refuses it: see {@link com.flagmark.annotate.CodingRules}
     */
    public Annotation annotate(long articleId, Anchor anchor, List<Long> codeIds, String note,
            Map<String, String> attributes) {
        return library.annotations().create(articleId, anchor, codeIds, note, attributes, coder);
    }

    // Long work

    /**
     * Imports a folder (recursively) or a file, cleaning files on {@code workers} threads while
     * one stores them. A stopped import ends after the file at hand, with a report of what it
     * did: every file is wholly imported or not at all.
     */
    public BackgroundTask<ImportReport> importPath(Path source, int workers) {
        return importPath(source, ImportOptions.NONE, workers);
    }

    /**
     * Imports as {@link #importPath(Path, int)} does, the articles that give no date or paper
     * taking them from their files' and folders' names, then from {@code options}.
     */
    public BackgroundTask<ImportReport> importPath(Path source, ImportOptions options, int workers) {
        return writing(progress -> new FolderImporter(new Ingester(HanlpSegmenter.get()),
                library.importStore(), workers).importPath(source, options, progress));
    }

    /**
     * Writes an export of what {@code scope} takes from the library, worked out when the task
     * starts, and returns how many items it wrote (see {@link ExportFormat#count}). The file is
     * written whole or not at all: a stopped export fails at its next step, having written nothing.
     */
    public BackgroundTask<Integer> export(ExportFormat format, Function<LibrarySession, ExportScope> scope, Path out) {
        return BackgroundTask.of(progress -> format.write(library, out, scope.apply(this), progress));
    }

    /**
     * Imports the annotations of a W3C Web Annotation JSON file or a REFI-QDA project or
     * codebook, all in one transaction: a stopped import fails at its next step, having changed
     * nothing.
     */
    public BackgroundTask<AnnotationImportReport> importAnnotations(Path file) {
        return writing(progress -> {
            LibraryCare.of(this).backupBefore("import-annotations");
            return new AnnotationImport(library).run(file, progress);
        });
    }

    /**
     * Re-cleans the articles in scope from their files' stored bytes with the current cleaner,
     * one transaction per file, re-anchoring their annotations; a stopped re-cleaning ends after
     * the file at hand. The report's change undoes it all: {@link #recordDone} puts it in the
     * undo history.
     */
    public BackgroundTask<RecleanReport> reclean(RecleanScope scope) {
        return writing(progress -> new Recleaning(library, new Ingester(HanlpSegmenter.get()), textChanges)
                .run(scope, progress));
    }

    /** Returns how many articles a cleaner older than this Flagmark's made, which re-cleaning would make anew. */
    public int outdatedArticles() {
        return library.rewrites().articlesCleanedBefore(Ingester.CLEANER_VERSION);
    }

    /** Returns the hooks of work that changes articles' texts: a backup before it, suggestions after it. */
    public TextChanges textChanges() {
        return textChanges;
    }

    /** Records a change a task has already made, such as a re-cleaning, so that it can be undone. */
    public void recordDone(Change change) {
        history.record(change);
    }

    /** Calls the listener, on the task's thread, each time an import task has ended, however it ended. */
    public void afterTasks(Runnable listener) {
        taskListeners.add(listener);
    }

    /**
     * Tells whether a task that writes (a folder or annotation import, a re-cleaning) is running
     * on this session, which must not be closed under it, as a restore would.
     */
    public boolean writing() {
        return writingTasks.get() > 0;
    }

    /** Closes the library; every write already returned from is safely in it. */
    @Override
    public void close() {
        library.close();
    }

    /** A task that writes: counted while it runs, and the listeners told once it has ended, however it ended. */
    private <T> BackgroundTask<T> writing(BackgroundTask.Work<T> work) {
        return BackgroundTask.of(progress -> {
            writingTasks.incrementAndGet();
            try {
                return work.run(progress);
            } finally {
                writingTasks.decrementAndGet();
            }
        }, () -> taskListeners.forEach(Runnable::run));
    }
}
