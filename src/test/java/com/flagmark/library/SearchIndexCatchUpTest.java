package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index that catches up with many changes at once, shared among its indexing threads, ends
 * with each article's text as the file holds it: once, and none for an article removed.
 */
class SearchIndexCatchUpTest {

    private static final int ARTICLES = 9;

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void storeArticlesAndDeleteTheirIndex() throws IOException {
        file = folder.resolve("library.sqlite");
        UnindexedLibrary.store(file, ARTICLES);
    }

    @Test
    void everyArticleOfALongLogIsIndexedOnce() {
        assertThat(total("约谈")).isEqualTo(ARTICLES);
    }

    @Test
    void articleChangedAfterItWasStoredIsIndexedOnceWithItsNewText() throws SQLException {
        execute("UPDATE articles SET text = '第三篇：工人返岗复工。' WHERE id = 3");

        assertThat(total("返岗")).isEqualTo(1);
        assertThat(total("约谈")).isEqualTo(ARTICLES - 1);
    }

    @Test
    void articleRemovedAfterItWasStoredIsNotFound() throws SQLException {
        execute("DELETE FROM articles WHERE id IN (4, 5)");

        assertThat(total("约谈")).isEqualTo(ARTICLES - 2);
    }

    @Test
    void twoIndexingThreadsIndexEachArticleOnceWithItsLastText() throws SQLException, IOException {
        execute("UPDATE articles SET text = '第三篇：工人返岗复工。' WHERE id = 3");
        execute("DELETE FROM articles WHERE id = 4");
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                IndexDirectory directory = IndexDirectory.open(folder.resolve("two-threads"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            List<IndexBatch> batches = List.of(new IndexBatch(writer.getConfig().getSimilarity()),
                    new IndexBatch(writer.getConfig().getSimilarity()));
            SearchLog.changesAfter(connection, SearchLog.Position.START).applyTo(writer, batches,
                    SearchLog.Position.START, helper);
            for (IndexBatch batch : batches) {
                batch.writeTo(writer);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(reader.numDocs()).isEqualTo(ARTICLES - 1);
                assertThat(searcher.count(new TermQuery(new Term(SearchFields.BODY, "返岗")))).isEqualTo(1);
                assertThat(searcher.count(new TermQuery(new Term(SearchFields.BODY, "约谈")))).isEqualTo(ARTICLES - 2);
            }
        } finally {
            helper.shutdown();
        }
    }

    @Test
    void aCorrectedTitleIsIndexedAsTheArticlesTitle() throws SQLException {
        execute("INSERT INTO article_corrections (article_id, title, title_origin, corrected_at)"
                + " VALUES (2, '复工复产', 'user', '2026-11-30T12:00:00Z')");

        assertThat(total("复工复产")).isEqualTo(1);
    }

    @Test
    void readingAStretchOfTheLogLooksUpOnlyTheArticlesItNames() throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement query = connection.prepareStatement("EXPLAIN QUERY PLAN " + SearchLog.TEXTS)) {
            query.setLong(1, 0);
            query.setLong(2, ARTICLES);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString("detail"));
                }
            }
        }

        assertThat(plan).noneMatch(step -> step.startsWith("MATERIALIZE") || step.startsWith("SCAN"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long total(String query) {
        try (Library library = Library.open(file)) {
            return library.search().search(query, 20).total();
        }
    }
}
