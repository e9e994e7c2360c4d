package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The search index of a library: a Lucene index in a folder beside the library file
 * ({@code library.sqlite-search}), derived from the file and never the only copy of anything.
 * It follows the file's search log ({@link SearchLog}): whatever the file committed, the index
 * catches up with before the next search, and a missing, damaged or foreign index is built
 * again from the log when the library opens. One instance serves every {@link Library} open
 * on the same file in this program; when another program holds the index, this one searches
 * the index as that program last committed it.
 */
final class IndexFolder {

    private static final Logger LOG = Logger.getLogger(IndexFolder.class.getName());
    private static final Map<Path, IndexFolder> OPEN = new HashMap<>();
    /** How often, at most, indexed changes are made durable; a crash before it costs a re-index of them. */
    private static final long COMMIT_EVERY_NANOS = 60_000_000_000L;
    private static final double BUFFER_MB = 64;
    /**
     * How many changes, at most, closing a library still indexes before it lets go: what a
     * program wrote last (a second or so of indexing). A longer lag, such as a whole restored
     * library's, is left, committed as far as it got, for the next opening to go on with.
     */
    private static final long FINISHED_ON_CLOSE = 2_000;
    /**
     * Threads that invert documents while the index catches up: two where there are four cores or
     * more. On two, an import's cleaning threads keep both cores busy, and two indexing threads
     * cost more CPU than one (each writes segments of its own, half the size).
     */
    private static final int INDEXING_THREADS =
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() / 2));

    /** Work with a searcher over the index as it is now. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private final Path folder;
    private final Directory directory;
    /** Empty when another program holds the index: this one then only reads it. */
    private final IndexWriter writer;
    private SearcherManager searchers;
    private final ExecutorService indexer;
    /** The threads beside the one catching up that share its indexing. */
    private final ExecutorService indexingHelpers;
    /** Where full batches are written into the index while the next ones fill. */
    private final ExecutorService batchWriters;
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    /** Set when the last library here closes: a catch-up under way stops after its batch. */
    private volatile boolean closing;
    /** Read without the lock by {@link #progress}; written only under it. */
    private volatile SearchLog.Position indexed;
    /** The new articles each indexing thread has inverted and not yet written into the index. */
    private final List<IndexBatch> batches = new ArrayList<>();
    /** Where the index would stand without its batches: the position before their first article. */
    private SearchLog.Position unwrittenFrom;
    private boolean uncommitted;
    /** Whether the writer holds changes the searchers do not see yet. */
    private boolean unseen;
    private long committedAt = System.nanoTime();
    private int users;
    /**
     * Why the last attempt at the next changes failed, empty once a batch goes through: read
     * without the lock by {@link #progress}, so that a failure met on the indexer's own thread
     * reaches whoever asks how far the index is.
     */
    private volatile Optional<String> failure = Optional.empty();
    /** For each database, the data version at which the index last caught up with everything it had committed. */
    private final Map<Database, Long> caughtUpAt = new IdentityHashMap<>();

    IndexFolder(Path folder, Directory directory, IndexWriter writer, SearchLog.Position indexed)
            throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.indexed = indexed;
        this.unwrittenFrom = indexed;
        this.batchWriters = Executors.newFixedThreadPool(INDEXING_THREADS, IndexFolder::batchWriterThread);
        if (writer != null) {
            for (int i = 0; i < INDEXING_THREADS; i++) {
                batches.add(new IndexBatch(writer.getConfig().getSimilarity(), batchWriters));
            }
        }
        this.searchers = writer != null ? new SearcherManager(writer, null) : openReadOnly(directory);
        this.indexer = Executors.newSingleThreadExecutor(IndexFolder::indexerThread);
        this.indexingHelpers = Executors.newFixedThreadPool(Math.max(1, INDEXING_THREADS - 1),
                IndexFolder::indexerThread);
    }

    /** Returns the folder that holds the search index of {@code libraryFile}. */
    static Path folderOf(Path libraryFile) {
        Path absolute = libraryFile.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-search");
    }

    /**
     * Opens the index of the library in {@code database}'s file, sharing it with every library
     * already open on that file here; builds it again if it is missing, damaged or belongs to
     * another state of the file, and catches it up with the file before returning.
     */
    static IndexFolder open(Database database) {
        return open(database, IndexFolder::create);
    }

    /**
     * Opens the index as {@link #open(Database)} does, {@code create} making it when no library
     * here has it open yet: for a test that gives the index a writer of its own on the real folder.
     */
    static IndexFolder open(Database database, BiFunction<Path, Database, IndexFolder> create) {
        Path folder = folderOf(database.file());
        synchronized (OPEN) {
            IndexFolder index = OPEN.get(folder);
            if (index == null) {
                index = create.apply(folder, database);
                OPEN.put(folder, index);
            }
            index.users++;
            return index;
        }
    }

    /**
     * Lets go of the index for a library about to close: indexes what that library wrote and,
     * when no other library here uses the index, commits and closes it. Indexing that fails here
     * is logged and the index closed all the same, its position committed as far as it got: the
     * file's log keeps the changes, and the next opening indexes them.
     */
    void release(Database database) {
        synchronized (OPEN) {
            if (users == 1) {
                closing = true;
            }
            awaitIndexer();
            synchronized (this) {
                try {
                    if (writer != null && progress(database).behind() <= FINISHED_ON_CLOSE) {
                        catchUp(database);
                    }
                } catch (IOException | RuntimeException failed) {
                    // Logged unless it is the failure already noted; closing must still let go of the writer.
                    failed(failed);
                } finally {
                    caughtUpAt.remove(database);
                    if (--users == 0) {
                        OPEN.remove(folder);
                        closeAll();
                    }
                }
            }
        }
    }

    /**
     * Asks for the articles {@code database} just committed to be indexed on the indexer's own
     * thread, so that whoever stored them need not wait.
     */
    void changed(Database database) {
        if (writer != null && catchUpQueued.compareAndSet(false, true)) {
            indexer.execute(() -> {
                catchUpQueued.set(false);
                catchUpTurn(database);
            });
        }
    }

    /** Runs work with a searcher that sees every article the file has committed. */
    <T> T search(Database database, SearcherWork<T> work) {
        IndexSearcher searcher;
        try {
            synchronized (this) {
                catchUpOrReport(database);
                if (unseen) {
                    // Refreshing flushes the writer's buffer into a segment: done only when a search
                    // needs it, not after every batch an import stores.
                    searchers.maybeRefreshBlocking();
                    unseen = false;
                }
            }
            searcher = searchers.acquire();
        } catch (IOException failure) {
            throw unusable(failure);
        }
        try {
            return work.run(searcher);
        } catch (IOException failure) {
            throw unusable(failure);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException ignored) {
                // Releasing only drops a reference; a failure here changes no result.
            }
        }
    }

    /**
     * Removes the index of {@code libraryFile}, to be built again when the library next opens:
     * for a file about to be replaced by a backup.
     *
     * @throws FlagmarkException if the library is open here or in another program
     */
    static void discard(Path libraryFile) {
        Path folder = folderOf(libraryFile);
        synchronized (OPEN) {
            if (OPEN.containsKey(folder)) {
                throw new FlagmarkException("The library " + libraryFile + " is open; close it first.");
            }
            if (!Files.isDirectory(folder)) {
                return;
            }
            try (Directory directory = FSDirectory.open(folder);
                    Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String name : directory.listAll()) {
                    if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(name);
                    }
                }
            } catch (LockObtainFailedException openElsewhere) {
                throw new FlagmarkException("The library " + libraryFile + " is open in another Flagmark; close it"
                        + " there first.", openElsewhere);
            } catch (IOException failure) {
                throw new FlagmarkException("Could not remove the search index " + folder + ": " + failure.getMessage(),
                        failure);
            }
        }
    }

    /**
     * Checks the index: Lucene's own check of every segment of its last commit, and whether it
     * holds exactly the file's articles, caught up with every change the file committed. Returns
     * the problems found, none if it is sound.
     */
    List<Reason> check(Database database) {
        try {
            synchronized (this) {
                if (writer == null) {
                    return List.of(Reason.because("the search index is held by another Flagmark, which checks it",
                            "check.index.elsewhere"));
                }
                catchUp(database);
                if (uncommitted) {
                    commit();
                }
                List<Reason> problems = new ArrayList<>(IndexCheck.segments(directory));
                problems.addAll(IndexCheck.agreement(writer, indexed, database));
                return problems;
            }
        } catch (IOException failure) {
            return List.of(Reason.because("the search index could not be read: " + failure.getMessage(),
                    "check.index.unreadable"));
        }
    }

    /** Returns how many bytes the index takes on disk. */
    long sizeOnDisk() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(IndexFolder::sizeOf).sum();
        } catch (IOException failure) {
            throw unusable(failure);
        }
    }

    private static IndexFolder create(Path folder, Database database) {
        if (database.readOnly()) {
            return ReadOnlyIndex.open(folder, database);
        }
        try {
            Files.createDirectories(folder);
            Directory directory = IndexDirectory.open(folder);
            try {
                return openExisting(folder, directory, database);
            } catch (LockObtainFailedException heldElsewhere) {
                return new IndexFolder(folder, directory, null, SearchLog.Position.START);
            } catch (IOException damaged) {
                for (String name : directory.listAll()) {
                    directory.deleteFile(name);
                }
                return build(folder, directory, database);
            }
        } catch (IOException | UncheckedIOException failure) {
            throw new FlagmarkException("Could not open the search index " + folder + " beside the library: "
                    + failure.getMessage() + ". Close other programs using it, or delete the folder to have it"
                    + " built again.", failure);
        }
    }

    /** Opens the index as it was left, building it again if it does not follow this file's log. */
    private static IndexFolder openExisting(Path folder, Directory directory, Database database) throws IOException {
        IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        try {
            SearchLog.Position committed = SearchLog.Position.of(writer.getLiveCommitData());
            SearchLog.Position from = committed;
            boolean rebuilt = !database.read(connection -> SearchLog.holds(connection, committed));
            if (rebuilt) {
                writer.deleteAll();
                from = SearchLog.Position.START;
            }
            IndexFolder index = new IndexFolder(folder, directory, writer, from);
            index.uncommitted = rebuilt;
            return catchingUp(index, database);
        } catch (IOException | RuntimeException failure) {
            writer.rollback();
            throw failure;
        }
    }

    /** Builds the index from the start of the log, in place of whatever the folder held. */
    static IndexFolder build(Path folder, Directory directory, Database database) throws IOException {
        IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        return catchingUp(new IndexFolder(folder, directory, writer, SearchLog.Position.START), database);
    }

    /**
     * Starts the index catching up with the file on its own thread, so that a library whose index
     * lags (restored from a backup, or after a crash) opens at once: everything but search works
     * meanwhile, and a search waits for the index or asks how far it is ({@link #progress}).
     */
    private static IndexFolder catchingUp(IndexFolder index, Database database) {
        index.changed(database);
        return index;
    }

    static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        TieredMergePolicy merges = new TieredMergePolicy();
        // Packing each new segment into one compound file copies every byte once more; the
        // index is a handful of files either way.
        merges.setNoCFSRatio(0);
        return new IndexWriterConfig()
                .setOpenMode(mode)
                .setRAMBufferSizeMB(BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setCommitOnClose(true);
    }

    /** Indexes every change the file committed since the last one indexed. Holds this object's lock. */
    private void catchUp(Database database) throws IOException {
        if (writer == null) {
            refreshReadOnly();
            return;
        }
        long version = database.dataVersion();
        if (caughtUpAt.getOrDefault(database, -1L) == version) {
            return;
        }
        while (indexNextChanges(database)) {
            // Each turn indexes a few hundred changes and commits at most once a minute.
        }
        caughtUpAt.put(database, version);
    }

    /**
     * Indexes one batch on the indexer's thread and, if there may be more, queues the next turn
     * behind whatever else waits there: the lock is let go between batches, so that a search
     * (which finishes the catch-up itself), a command waiting with progress or a closing library
     * need not wait for all of it.
     */
    private void catchUpTurn(Database database) {
        boolean more;
        try {
            synchronized (this) {
                more = writer != null && !closing && indexNextChanges(database);
            }
        } catch (IOException | RuntimeException failed) {
            // Logged where the batch failed, and kept for progress(): the log keeps the changes,
            // and the next search or waiting command tries them again and reports a failure
            // that persists.
            return;
        }
        if (more && !closing) {
            indexer.execute(() -> catchUpTurn(database));
        }
    }

    /** Indexes the next few hundred changes, if there are any. Holds this object's lock. */
    private boolean indexNextChanges(Database database) throws IOException {
        SearchLog.Changes changes;
        try {
            changes = read(database, indexed);
        } catch (RuntimeException failed) {
            failed(failed);
            throw failed;
        }
        if (changes.isEmpty()) {
            return false;
        }
        if (batches.stream().allMatch(IndexBatch::isEmpty)) {
            unwrittenFrom = indexed;
        }
        try {
            indexed = changes.applyTo(writer, batches, indexed, indexingHelpers);
        } catch (IOException | RuntimeException failed) {
            // The index may hold part of the changes: their next attempt replaces entries it finds.
            dropBatches(changes.attempted(indexed), failed);
            throw failed;
        }
        if (failure.isPresent()) {
            LOG.info(() -> "The search index " + folder + " indexes the library's changes again.");
            failure = Optional.empty();
        }
        uncommitted = true;
        unseen = true;
        if (System.nanoTime() - committedAt > COMMIT_EVERY_NANOS) {
            commit();
        }
        return true;
    }

    /**
     * Tells how far the index has followed the file's log: for a search to say, while a long
     * catch-up runs, how much is left. An index that another program holds is as far as that
     * program last committed, which this one cannot tell: it counts as caught up.
     */
    IndexProgress progress(Database database) {
        if (writer == null) {
            return IndexProgress.CAUGHT_UP;
        }
        long logged = database.read(SearchLog::last);
        return new IndexProgress(Math.min(indexed.seq(), logged), logged, failure);
    }

    /**
     * Waits until the index holds every change the file has committed, telling {@code onProgress}
     * after each batch, so that a command can show how far it is before it searches. The batches
     * are indexed on the indexer's thread, taking turns with a catch-up under way there: Lucene
     * keeps a buffer for each thread that indexes, and two threads would leave twice as many
     * segments, each half the size.
     */
    void awaitCaughtUp(Database database, Consumer<IndexProgress> onProgress) {
        boolean more = writer != null;
        while (more) {
            more = awaitBatch(database);
            onProgress.accept(progress(database));
        }
    }

    /**
     * Indexes the next few hundred changes the index lacks, on the indexer's thread as
     * {@link #awaitCaughtUp} does, and tells how far the index is then: for a caller that waits
     * a batch at a time and does other work, or gives up waiting, between batches.
     */
    IndexProgress awaitNextBatch(Database database) {
        if (writer != null) {
            awaitBatch(database);
        }
        return progress(database);
    }

    /** Indexes the next batch of changes on the indexer's thread; tells whether there was one. */
    private boolean awaitBatch(Database database) {
        return awaitBatch(indexer.submit(() -> {
            synchronized (this) {
                return indexNextChanges(database);
            }
        }));
    }

    private boolean awaitBatch(Future<Boolean> batch) {
        try {
            return batch.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof FlagmarkException cause) {
                throw cause;
            }
            throw behind(failed.getCause());
        }
    }

    /**
     * Catches up before a search and writes the new articles held in batches into the index; a
     * failure to index says that the index is behind, and why.
     */
    private void catchUpOrReport(Database database) throws IOException {
        try {
            catchUp(database);
            writeBatches();
        } catch (FlagmarkException notTheIndex) {
            throw notTheIndex;
        } catch (IOException | RuntimeException failed) {
            throw behind(failed);
        }
    }

    /**
     * Notes why a batch failed, for {@link #progress} and the log: logged once for as long as
     * the same failure persists, since every search and stored batch tries it again.
     */
    private void failed(Exception failed) {
        String why = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        if (!failure.equals(Optional.of(why))) {
            LOG.log(Level.WARNING, "The search index " + folder + " could not index the library's changes after "
                    + indexed.seq() + "; they stay in the library's log and are tried again", failed);
        }
        failure = Optional.of(why);
    }

    private static SearchLog.Changes read(Database database, SearchLog.Position after) {
        return database.read(connection -> SearchLog.changesAfter(connection, after));
    }

    private void commit() throws IOException {
        writeBatches();
        writer.setLiveCommitData(indexed.toCommitData().entrySet());
        writer.commit();
        uncommitted = false;
        committedAt = System.nanoTime();
    }

    /**
     * Writes the articles the batches hold into the index. If that fails they are dropped, and
     * the position goes back to before them, so that they are indexed again from the log.
     * Holds this object's lock.
     */
    private void writeBatches() throws IOException {
        try {
            for (IndexBatch batch : batches) {
                batch.writeTo(writer);
            }
        } catch (IOException | RuntimeException failed) {
            dropBatches(indexed, failed);
            throw failed;
        }
    }

    /**
     * After a failure, drops the articles the batches hold and moves the position back to
     * before the first of them, keeping the highest id of {@code reached}: the next attempt, in
     * this program or after the position is committed, indexes them again from the log and
     * replaces any entry it finds rather than adding it twice. Notes the failure.
     */
    private void dropBatches(SearchLog.Position reached, Exception failed) {
        batches.forEach(IndexBatch::clear);
        indexed = reached.backTo(unwrittenFrom);
        caughtUpAt.clear();
        uncommitted = true;
        failed(failed);
    }

    private void refreshReadOnly() throws IOException {
        if (searchers == null) {
            searchers = openReadOnly(directory);
        }
        if (searchers == null) {
            throw new FlagmarkException("Another Flagmark is building this library's search index; search"
                    + " again in a moment.");
        }
        searchers.maybeRefreshBlocking();
    }

    private static SearcherManager openReadOnly(Directory directory) throws IOException {
        try {
            return new SearcherManager(directory, null);
        } catch (IndexNotFoundException notYetBuilt) {
            return null;
        }
    }

    /** Closes the searchers, the writer and the directory, each whatever happened to the one before. */
    private void closeAll() {
        indexer.shutdown();
        indexingHelpers.shutdown();
        // The writer's closing below waits for any batch still being written behind.
        batchWriters.shutdown();
        IOException failed = null;
        try {
            if (searchers != null) {
                // The searchers first: a reader still open keeps the segments it saw, so files
                // merged away during this opening would otherwise stay on disk until the next.
                searchers.close();
            }
        } catch (IOException searchersFailed) {
            failed = searchersFailed;
        }
        try {
            if (writer != null) {
                closeWriter();
            }
        } catch (IOException writerFailed) {
            if (failed == null) {
                failed = writerFailed;
            } else {
                failed.addSuppressed(writerFailed);
            }
        } finally {
            try {
                directory.close();
            } catch (IOException ignored) {
                // The writer let go of its lock and files above; the directory holds nothing more.
            }
        }
        if (failed != null) {
            throw unusable(failed);
        }
    }

    /** Commits the position reached and closes the writer; a writer that cannot commit is rolled back, letting go of its lock. */
    private void closeWriter() throws IOException {
        try {
            try {
                writeBatches();
            } catch (IOException | RuntimeException unwritten) {
                // Logged, and the position moved back before the batches: what the index does
                // hold is committed below, and the next opening indexes the rest from the log.
            }
            if (uncommitted) {
                writer.setLiveCommitData(indexed.toCommitData().entrySet());
            }
            // Closing waits for the merges this program's indexing started and commits their
            // result, so the index is left in few segments rather than in one per flush.
            writer.close();
        } catch (IOException | RuntimeException failed) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }

    /** Waits until the indexer has done every catch-up asked of it so far. */
    void awaitIndexer() {
        try {
            indexer.submit(() -> { }).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The failure of a search, a check or a command that needed the index caught up and found it could not be. */
    private FlagmarkException behind(Throwable failed) {
        String why = failure.orElseGet(() -> String.valueOf(failed.getMessage()));
        return new FlagmarkException("The search index " + folder + " could not take the library's latest changes: "
                + why + ". Nothing is lost: the library keeps them, and they are indexed again at the next search or"
                + " opening. If this goes on, delete the folder to have the index built again.", failed);
    }

    private FlagmarkException unusable(IOException failure) {
        return new FlagmarkException("The search index " + folder + " could not be used: " + failure.getMessage()
                + ". Delete the folder to have it built again when the library next opens.", failure);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static Thread indexerThread(Runnable work) {
        Thread thread = new Thread(work, "search-indexer");
        thread.setDaemon(true);
        return thread;
    }

    private static Thread batchWriterThread(Runnable work) {
        Thread thread = new Thread(work, "search-batch-writer");
        thread.setDaemon(true);
        return thread;
    }
}
