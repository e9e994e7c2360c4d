package com.flagmark.library;

import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.ingest.ImportStore;
import com.flagmark.model.Article;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open library file: the imported files, their articles, the codebook and the annotations,
 * in one SQLite database, and the search index in a folder beside it that is built from it. Safe to use from several threads: writes take turns, and reads see the
 * last committed import without waiting for one in progress. Close it when done.
 */
public final class Library implements AutoCloseable {

    private final Database database;
    private final IndexFolder index;
    private final ArticleRepository articles;
    private final SearchIndex search;
    private final ImportStore importStore;
    private final CodebookRepository codebook;
    private final AnnotationRepository annotations;
    private final ArticleCorrections corrections;
    private final AnalysisRepository analysis;
    private final SuggestionRepository suggestions;
    private final ArticleRewrites rewrites;

    private Library(Database database, IndexFolder index) {
        this.database = database;
        this.index = index;
        this.articles = new ArticleRepository(database);
        this.search = new SearchIndex(database, index);
        this.importStore = new LibraryImportStore(database, () -> index.changed(database));
        this.codebook = new CodebookRepository(database);
        this.annotations = new AnnotationRepository(database, Clock.systemUTC());
        this.corrections = new ArticleCorrections(database, Clock.systemUTC());
        this.analysis = new AnalysisRepository(database);
        this.suggestions = new SuggestionRepository(database, Clock.systemUTC());
        this.rewrites = new ArticleRewrites(database, () -> index.changed(database));
    }

    /**
     * Opens the library in {@code file}, creating the file and its folders if missing and
     * bringing an older library's schema up to date.
     *
     * @throws FlagmarkException with a one-line message for the user if the file cannot be
     *         opened: it is not a SQLite database or not a Flagmark library, it was written by
     *         a newer Flagmark, or it cannot be read or written
     */
    public static Library open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FlagmarkException("Could not open " + file
                    + " as a library: it is a folder, not a file.");
        }
        createFolders(absolute.getParent(), file);
        Database database = Database.open(file);
        try {
            return new Library(database, IndexFolder.open(database));
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    /**
     * Opens the library in {@code file}, which must exist: for every use of a library but
     * creating one, so that a mistyped path is reported rather than becoming a new, empty library.
     *
     * @throws FlagmarkException if there is no file at {@code file}, or as {@link #open(Path)}
     */
    public static Library openExisting(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new FlagmarkException("There is no library at " + file.toAbsolutePath()
                    + "; check the path ('flagmark import' creates a library).");
        }
        return open(file);
    }

    /** Returns the library's file, as it was given to {@link #open(Path)}. */
    public Path file() {
        return database.file();
    }

    /** Returns the stored articles. */
    public ArticleRepository articles() {
        return articles;
    }

    /** Returns the metadata users corrected by hand, which every read of an article applies. */
    public ArticleCorrections corrections() {
        return corrections;
    }

    /** Returns the full-text search over the stored articles. */
    public SearchIndex search() {
        return search;
    }

    /** Returns where an import stores files and articles and asks about duplicates. */
    public ImportStore importStore() {
        return importStore;
    }

    /** Returns the id of the stored article whose text has this {@link Fingerprint}, if there is one. */
    public Optional<Long> articleWithFingerprint(String fingerprint) {
        return importStore.articleWithFingerprint(fingerprint);
    }

    /**
     * Returns the ids of the articles stored from a file with exactly these bytes, or empty if
     * no such file is in the library. The list is empty for a file whose every article was
     * already stored from another.
     */
    public Optional<List<Long>> articlesFromFile(byte[] bytes) {
        return importStore.articlesFromFile(Fingerprint.sha256(bytes));
    }

    /**
     * Stores articles that one file brings outside a folder import, such as the texts of a
     * REFI-QDA project, as that file's articles, with its bytes, in one transaction. The articles
     * come by their {@link Fingerprint}s, which the caller has worked out to find them first;
     * returns their ids in the order the map gives them.
     *
     * @throws FlagmarkException having stored nothing, if the file's bytes or an article's text
     *         are in the library already
     */
    public List<Long> storeFile(String path, byte[] bytes, String format, Map<String, Article> byFingerprint) {
        List<NewArticle> stored = byFingerprint.entrySet().stream()
                .map(entry -> new NewArticle(entry.getValue(), entry.getKey())).toList();
        return importStore.store(List.of(new NewFile(path, bytes, Fingerprint.sha256(bytes), format, "UTF-8",
                stored))).get(0);
    }

    /**
     * Checks the library: the quick check reads the structure of every page of the file; the
     * full one also checks every index of the file against its table, every reference between
     * rows, and the search index beside the file (Lucene's own check, and that it holds exactly
     * the file's articles). A damaged file is known as such from then on: every write to it is
     * refused, with the advice to restore the last backup.
     */
    public CheckReport check(boolean full) {
        long start = System.nanoTime();
        List<Reason> fileProblems;
        try {
            fileProblems = database.read(connection -> FileCheck.problems(connection, full));
        } catch (FlagmarkException unreadable) {
            fileProblems = List.of(Reason.because(unreadable.getCause() instanceof SQLException sql
                    ? LibraryErrors.firstLine(sql) : unreadable.getMessage(), "check.file.unreadable"));
        }
        if (!fileProblems.isEmpty()) {
            database.markDamaged(fileProblems.get(0).text());
        }
        List<Reason> indexProblems = full && fileProblems.isEmpty() ? index.check(database) : List.of();
        return new CheckReport(full, fileProblems, indexProblems, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Returns why the library is known to be damaged, if a check or a read has found it so. */
    public Optional<String> damage() {
        return database.damage();
    }

    /** Tells whether the library was opened for reading only, the user not being allowed to write it. */
    public boolean readOnly() {
        return database.readOnly();
    }

    /**
     * Makes a backup of the library as committed now, for {@code reason} (a few lower-case words
     * joined by hyphens, such as {@code before-import-annotations}), and returns its file.
     *
     * @throws FlagmarkException if it cannot be written, having left no partial backup
     */
    public Path backup(String reason) {
        return database.read(connection -> Backups.make(connection, database.file(), reason));
    }

    /** Makes the daily backup if the last is a day old, and returns it if it did. */
    public Optional<Path> backupDailyIfDue() {
        if (database.readOnly()) {
            return Optional.empty();
        }
        return database.read(connection -> Backups.dailyIfDue(connection, database.file()));
    }

    /** Returns the codebook: the codes passages are coded with. */
    public CodebookRepository codebook() {
        return codebook;
    }

    /** Returns the coded passages of the articles. */
    public AnnotationRepository annotations() {
        return annotations;
    }

    /** Returns the looking across coded passages: lists of them and tables of their counts. */
    public AnalysisRepository analysis() {
        return analysis;
    }

    /** Returns the suggestions of the articles, with the rejections and rules reviewers made. */
    public SuggestionRepository suggestions() {
        return suggestions;
    }

    /** Returns the stored files as the cleaner reads them again, and the writing of their articles anew. */
    public ArticleRewrites rewrites() {
        return rewrites;
    }

    /**
     * Returns the library's identity: 32 random hexadecimal digits made once, when the library
     * was created (or first opened by a Flagmark that knows identities), and never changed.
     */
    public String identity() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT identity FROM library_identity WHERE id = 1")) {
                row.next();
                return row.getString(1);
            }
        });
    }

    /**
     * Runs work that writes through several repositories as one transaction: either all of its
     * writes are committed or, if it throws, none. Inside it, each repository's write is a
     * savepoint, so a refused write the work catches undoes only itself. Reads made inside see
     * the last committed state, not the work's own writes.
     */
    public <T> T transaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return database.write(connection -> work.get());
    }

    /** Closes the file; every import already returned from is safely in it. */
    @Override
    public void close() {
        // The file's last checkpoint waits mostly for the disk, the index's last batch for a
        // core: the two go side by side.
        Thread checkpoint = new Thread(database::checkpointQuietly, "library-checkpoint");
        checkpoint.setDaemon(true);
        checkpoint.start();
        try {
            index.release(database);
        } finally {
            awaitQuietly(checkpoint);
            database.close();
        }
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createFolders(Path folder, Path file) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FlagmarkException("Could not create the folder for the library " + file
                    + ": " + e.getMessage(), e);
        }
    }
}
