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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of changes that fails half way, after the index took some of its articles' new
 * texts, is indexed again from its start; each article is then in the index once, with its
 * new text.
 */
class SearchIndexRetryTest {

    private static final int ARTICLES = 6;

    @TempDir
    Path folder;

    @Test
    void batchRetriedAfterAFailureLeavesEachArticleInTheIndexOnce() throws IOException, SQLException {
        Path file = folder.resolve("library.sqlite");
        UnindexedLibrary.store(file, ARTICLES);
        Database database = Database.open(file);
        Path indexFolder = IndexFolder.folderOf(file);
        Directory directory = IndexDirectory.open(indexFolder);
        FailingOnce writer = new FailingOnce(directory);
        IndexFolder index = new IndexFolder(indexFolder, directory, writer, SearchLog.Position.START);
        try {
            SearchIndex search = new SearchIndex(database, index);
            assertThat(search.count("约谈")).isEqualTo(ARTICLES);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE articles SET text = replace(text, '约谈', '督查')");
            }
            writer.refuse(4);

            assertThatThrownBy(() -> search.count("督查")).isInstanceOf(FlagmarkException.class);
            assertThat(writer.replaced).isEqualTo(3);

            assertThat(search.count("督查")).isEqualTo(ARTICLES);
            assertThat(search.count("约谈")).isZero();
            assertThat(search.count("第1篇")).isEqualTo(1);
            assertThat(writer.getDocStats().numDocs).isEqualTo(ARTICLES);
        } finally {
            writer.close();
            directory.close();
            database.close();
        }
    }

    /**
     * The index's own writer on the real folder, refusing one replacement the first time it is
     * given, as Lucene refuses a document it cannot take: the replacements before it stay in.
     */
    private static final class FailingOnce extends IndexWriter {

        private int refused = -1;
        private int given;
        private int replaced;

        FailingOnce(Directory directory) throws IOException {
            super(directory, IndexFolder.config(IndexWriterConfig.OpenMode.CREATE));
        }

        void refuse(int nth) {
            refused = nth;
        }

        @Override
        public long updateDocument(Term term, Iterable<? extends IndexableField> document) throws IOException {
            if (++given == refused) {
                throw new IOException("no space left on the device");
            }
            replaced++;
            return super.updateDocument(term, document);
        }
    }
}
