package com.flagmark.ingest;

import com.flagmark.model.Reason;
import com.flagmark.model.Article;
import com.flagmark.model.Correction;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Imports a folder (walked recursively) or a single file. Files are read and cleaned in parallel
 * and stored in order, a batch of whole files per transaction, so a cancelled or failed import
 * leaves every file either wholly imported or not at all. One bad file never stops the rest:
 * each ends as imported, duplicate, skipped or failed, with the reason.
 */
public final class FolderImporter {

    private static final int BATCH_FILES = 200;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;
    /**
     * Files read ahead of the one being stored, at most: four batches' worth, or 32 MB of them.
     * The workers go on cleaning while this thread stores a batch, and while a commit waits for
     * the disk, as one does after SQLite's checkpoints, writing its log again over pages the disk
     * is still taking: with one batch ahead both cores stood idle for up to 0.75 s at a time.
     */
    private static final int AHEAD_FILES = 4 * BATCH_FILES;
    private static final long AHEAD_BYTES = 2 * BATCH_BYTES;
    /** The digest of every file and article read, NSS's where the system has it (decision 0050). */
    private static final Supplier<MessageDigest> SHA_256 = NativeSha256.fastest();

    private final Ingester ingester;
    private final ImportStore store;
    private final int threads;

    /** Creates an importer that reads files with {@code ingester} into {@code store}, on every core. */
    public FolderImporter(Ingester ingester, ImportStore store) {
        this(ingester, store, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Creates an importer that cleans files on {@code threads} threads; the desktop app leaves a
     * core to the window, so it stays responsive while it imports.
     */
    public FolderImporter(Ingester ingester, ImportStore store, int threads) {
        this.ingester = ingester;
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    /**
     * Imports every file under {@code path}. Hidden files and folders (names starting with a
     * dot) are passed over, as a file manager hides them.
     *
     * @throws FlagmarkException if the path does not exist or cannot be read as a folder
     */
    public ImportReport importPath(Path path, Progress progress) {
        return importPath(path, ImportOptions.NONE, progress);
    }

    /**
     * Imports every file under {@code path} as {@link #importPath(Path, Progress)} does, taking
     * the date and paper of articles that do not give them from the names of their files and
     * folders, then from {@code options}. The report names each file relative to the folder
     * imported.
     *
     * @throws FlagmarkException if the path does not exist or cannot be read as a folder
     */
    public ImportReport importPath(Path path, ImportOptions options, Progress progress) {
        List<FileWalk.Entry> files = FileWalk.files(path);
        Statements statements = new Statements(path, options);
        ExecutorService workers = Executors.newFixedThreadPool(threads, FolderImporter::daemon);
        try {
            return run(files, statements, workers, progress);
        } finally {
            workers.shutdownNow();
        }
    }

    private ImportReport run(List<FileWalk.Entry> files, Statements statements, ExecutorService workers, Progress progress) {
        Batch batch = new Batch(store);
        Deque<Ahead> window = new ArrayDeque<>();
        long aheadBytes = 0;
        int next = 0;
        int done = 0;
        boolean cancelled = false;
        while (done < files.size()) {
            while (next < files.size() && window.size() < AHEAD_FILES + threads * 4
                    && (window.isEmpty() || aheadBytes < AHEAD_BYTES)) {
                FileWalk.Entry file = files.get(next++);
                aheadBytes += file.size();
                window.add(new Ahead(workers.submit(() -> read(file.path(), statements)), file.size()));
            }
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            Ahead first = window.poll();
            aheadBytes -= first.bytes();
            ReadFile read = take(first.read());
            try {
                batch.add(read);
                done++;
                progress.update(done, files.size(), read.shown());
                if (batch.size() >= BATCH_FILES || batch.bytes() >= BATCH_BYTES) {
                    batch.flush();
                }
            } catch (FlagmarkException refused) {
                return batch.stopped(done, refused.getMessage());
            }
        }
        try {
            batch.flush();
        } catch (FlagmarkException refused) {
            return batch.stopped(done, refused.getMessage());
        }
        return batch.report(done, cancelled);
    }

    private ReadFile read(Path file, Statements statements) {
        String shown = statements.shown(file);
        Optional<Reason> passedOver = FileWalk.whyPassedOver(file);
        if (passedOver.isPresent()) {
            return ReadFile.skipped(file, shown, passedOver.get());
        }
        try {
            if (Files.isDirectory(file)) {
                return ReadFile.failed(file, shown, Reason.because("the folder cannot be opened", "import.folder"));
            }
            long size = Files.size(file);
            if (size > Ingester.MAX_BYTES) {
                return ReadFile.skipped(file, shown, Ingester.tooLarge(size));
            }
            byte[] bytes = Files.readAllBytes(file);
            IngestResult result = ingester.read(file.toString(), bytes);
            List<Article> articles = result instanceof IngestResult.Articles read ? read.articles() : List.of();
            return new ReadFile(file, shown, bytes, Fingerprint.sha256(bytes, SHA_256), result,
                    articles.stream().map(article -> Fingerprint.of(article, SHA_256)).toList(),
                    articles.stream().map(article -> statements.of(file, article)).toList(), Optional.empty());
        } catch (NoSuchFileException gone) {
            return ReadFile.failed(file, shown, Reason.because("the file disappeared during the import", "import.gone"));
        } catch (IOException | RuntimeException unreadable) {
            return ReadFile.failed(file, shown, Reason.because(describe(unreadable), "import.unreadable",
                    describe(unreadable)));
        }
    }

    /** A file handed to a worker, with its size as the walk saw it. */
    private record Ahead(Future<ReadFile> read, long bytes) {
    }

    private static ReadFile take(Future<ReadFile> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FlagmarkException("The import was interrupted.", interrupted);
        } catch (ExecutionException unexpected) {
            throw new FlagmarkException("The import stopped: " + describe(unexpected.getCause()), unexpected);
        }
    }

    static String describe(Throwable problem) {
        String message = problem.getMessage();
        String kind = problem.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "import-reader");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    }

    /**
     * A file read and cleaned by a worker, with the fingerprints of its articles and what the
     * user states of each, not yet compared with the library.
     *
     * @param shown the file's path as the report shows it, relative to the folder imported
     */
    record ReadFile(Path file, String shown, byte[] bytes, String sha256, IngestResult result,
            List<String> fingerprints, List<List<Correction>> stated, Optional<Reason> failure) {

        static ReadFile skipped(Path file, String shown, Reason reason) {
            return new ReadFile(file, shown, new byte[0], "", new IngestResult.Skipped(reason), List.of(), List.of(),
                    Optional.empty());
        }

        static ReadFile failed(Path file, String shown, Reason reason) {
            return new ReadFile(file, shown, new byte[0], "", null, List.of(), List.of(), Optional.of(reason));
        }

        List<Article> articles() {
            return result instanceof IngestResult.Articles read ? read.articles() : List.of();
        }
    }
}
