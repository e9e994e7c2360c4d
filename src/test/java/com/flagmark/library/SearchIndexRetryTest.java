package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of changes that fails half way, after the index took some of its articles, is
 * indexed again from its start; the articles it had already given the index are then in the
 * index once, not twice.
 */
class SearchIndexRetryTest {

    private static final int ARTICLES = 6;

    @TempDir
    Path folder;

    @Test
    void batchRetriedAfterAFailureLeavesEachArticleInTheIndexOnce() throws IOException {
        Path file = folder.resolve("library.sqlite");
        UnindexedLibrary.store(file, ARTICLES);
        Database database = Database.open(file);
        Path indexFolder = IndexFolder.folderOf(file);
        Directory directory = IndexDirectory.open(indexFolder);
        FailingOnce writer = new FailingOnce(directory, 4);
        IndexFolder index = new IndexFolder(indexFolder, directory, writer, SearchLog.Position.START);
        try {
            SearchIndex search = new SearchIndex(database, index);
            assertThatThrownBy(() -> search.count("约谈")).isInstanceOf(FlagmarkException.class);
            assertThat(writer.added).isEqualTo(3);

            assertThat(search.count("约谈")).isEqualTo(ARTICLES);
            assertThat(search.count("第1篇")).isEqualTo(1);
            assertThat(writer.getDocStats().numDocs).isEqualTo(ARTICLES);
        } finally {
            writer.close();
            directory.close();
            database.close();
        }
    }

    /**
     * The index's own writer on the real folder, refusing one document the first time it is
     * given, as Lucene refuses a document it cannot take: the documents before it stay added.
     */
    private static final class FailingOnce extends IndexWriter {

        private final int refused;
        private int given;
        private int added;

        FailingOnce(Directory directory, int refused) throws IOException {
            super(directory, IndexFolder.config(IndexWriterConfig.OpenMode.CREATE));
            this.refused = refused;
        }

        @Override
        public long addDocument(Iterable<? extends IndexableField> document) throws IOException {
            if (++given == refused) {
                throw new IOException("no space left on the device");
            }
            added++;
            return super.addDocument(document);
        }
    }
}
