package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index whose writer cannot take documents for a while (a full disk, say): the failure is
 * logged and told to whoever asks or searches next, closing lets go of the index all the same,
 * and nothing the file logged is lost or counted twice once the index can write again.
 */
class SearchIndexFailureTest {

    private static final String FULL = "No space left on device";

    @TempDir
    Path folder;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(IndexFolder.class.getName());
    private final Handler collecting = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void collectTheLog() {
        log.addHandler(collecting);
    }

    @AfterEach
    void stopCollecting() {
        log.removeHandler(collecting);
    }

    @Test
    void aFailureOfTheCatchUpOnItsOwnThreadIsLoggedShownInProgressAndReportedByTheNextSearch()
            throws IOException, SQLException {
        try (SixArticles opened = new SixArticles(folder.resolve("library.sqlite"))) {
            SearchIndex search = opened.search;
            assertThat(search.count("约谈")).isEqualTo(6);
            rewordEveryArticle(opened.file);
            opened.writer.refuseDocumentsFrom(4);

            opened.index.changed(opened.database);
            opened.index.awaitIndexer();

            assertThat(logged).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                assertThat(record.getThrown()).hasMessage(FULL);
            });
            assertThat(search.progress().failure()).contains(FULL);
            assertThat(search.progress().behind()).isEqualTo(6);
            assertThatThrownBy(() -> search.count("督查")).isInstanceOf(FlagmarkException.class)
                    .hasMessageContaining("could not take the library's latest changes: " + FULL)
                    .hasMessageContaining("Nothing is lost");

            opened.writer.takeEverything();
            assertThat(search.count("督查")).isEqualTo(6);
            assertThat(search.count("约谈")).isZero();
            assertThat(search.progress().failure()).isEmpty();
            assertThat(search.progress().caughtUp()).isTrue();
        }
    }

    @Test
    void newArticlesTheIndexCannotWriteAreReportedAndIndexedOnceWhenItCan() throws IOException {
        try (SixArticles opened = new SixArticles(folder.resolve("library.sqlite"))) {
            SearchIndex search = opened.search;
            opened.writer.refuseBatches();

            assertThatThrownBy(() -> search.count("约谈")).isInstanceOf(FlagmarkException.class)
                    .hasMessageContaining("could not take the library's latest changes: " + FULL);
            assertThat(search.progress().behind()).isEqualTo(6);

            opened.writer.takeEverything();
            assertThat(search.count("约谈")).isEqualTo(6);
            assertThat(search.count("第6篇")).isEqualTo(1);
            assertThat(opened.writer.getDocStats().numDocs).isEqualTo(6);
        }
    }

    @Test
    void closingAfterAFailedBatchLetsGoOfTheIndexAndTheNextOpeningIndexesTheBatchOnce()
            throws IOException, SQLException {
        // Past the first batch of 500 changes, so that the failed second one is retried from a
        // committed position rather than by building the index again.
        int articles = 503;
        Path file = folder.resolve("library.sqlite");
        UnindexedLibrary.store(file, articles);
        Path indexFolder = IndexFolder.folderOf(file);
        Database database = Database.open(file);
        Directory directory = IndexDirectory.open(indexFolder);
        Refusing writer = new Refusing(directory);
        IndexFolder index = IndexFolder.open(database,
                (made, db) -> newIndex(made, directory, writer));
        try {
            SearchIndex search = new SearchIndex(database, index);
            assertThat(search.count("约谈")).isEqualTo(articles);
            rewordEveryArticle(file);
            writer.refuseDocumentsFrom(articles);

            assertThatThrownBy(() -> search.count("督查")).isInstanceOf(FlagmarkException.class);
            assertThat(writer.replaced).isEqualTo(articles - 1);

            index.release(database);
        } finally {
            database.close();
        }

        try (Directory again = FSDirectory.open(indexFolder);
                Lock lock = again.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            assertThat(lock).as("the failed writer let go of the index").isNotNull();
        }
        try (Library library = Library.open(file)) {
            assertThat(library.search().count("督查")).isEqualTo(articles);
            assertThat(library.search().count("约谈")).isZero();
            assertThat(library.search().count("第502篇")).isEqualTo(1);
            assertThat(library.search().count("第503篇")).isEqualTo(1);
        }
    }

    /** A library of six articles, its index on a writer that refuses when told, closed in turn. */
    private static final class SixArticles implements AutoCloseable {

        final Path file;
        final Database database;
        final Directory directory;
        final Refusing writer;
        final IndexFolder index;
        final SearchIndex search;

        SixArticles(Path file) throws IOException {
            this.file = file;
            UnindexedLibrary.store(file, 6);
            database = Database.open(file);
            Path indexFolder = IndexFolder.folderOf(file);
            directory = IndexDirectory.open(indexFolder);
            writer = new Refusing(directory);
            index = new IndexFolder(indexFolder, directory, writer, SearchLog.Position.START);
            search = new SearchIndex(database, index);
        }

        @Override
        public void close() throws IOException {
            writer.close();
            directory.close();
            database.close();
        }
    }

    /** Changes every article's text, 约谈 (a summons) becoming 督查 (an inspection): each a change the index must replace. */
    private static void rewordEveryArticle(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE articles SET text = replace(text, '约谈', '督查')");
        }
    }

    private static IndexFolder newIndex(Path folder, Directory directory, IndexWriter writer) {
        try {
            return new IndexFolder(folder, directory, writer, SearchLog.Position.START);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * The index's own writer on the real folder, refusing documents as a full disk would, until
     * told to take them again: either each document given from the {@code nth} on, those before
     * it staying in, or every batch of new articles written whole.
     */
    private static final class Refusing extends IndexWriter {

        private volatile int refusedFrom = Integer.MAX_VALUE;
        private volatile boolean refusingBatches;
        private int given;
        private int replaced;

        Refusing(Directory directory) throws IOException {
            super(directory, IndexFolder.config(IndexWriterConfig.OpenMode.CREATE));
        }

        void refuseDocumentsFrom(int nth) {
            given = 0;
            replaced = 0;
            refusedFrom = nth;
        }

        void refuseBatches() {
            refusingBatches = true;
        }

        void takeEverything() {
            refusedFrom = Integer.MAX_VALUE;
            refusingBatches = false;
        }

        /** Lucene's adding and replacing of single documents both come here. */
        @Override
        public long updateDocument(Term term, Iterable<? extends IndexableField> document) throws IOException {
            if (++given >= refusedFrom) {
                throw new IOException(FULL);
            }
            if (term != null) {
                replaced++;
            }
            return super.updateDocument(term, document);
        }

        @Override
        public long addIndexes(CodecReader... readers) throws IOException {
            if (refusingBatches) {
                throw new IOException(FULL);
            }
            return super.addIndexes(readers);
        }
    }
}
