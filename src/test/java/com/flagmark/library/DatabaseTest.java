package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.ingest.ImportStore.NewFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void readDuringAWriteSeesTheLastCommittedStateWithoutWaiting() {
        try (Database database = Database.open(folder.resolve("library.sqlite"))) {
            ArticleRepository articles = new ArticleRepository(database);

            int seenDuringWrite = database.write(connection -> {
                insertFlags(connection);
                return articles.count();
            });

            assertThat(seenDuringWrite).isZero();
            assertThat(articles.count()).isEqualTo(1);
        }
    }

    @Test
    void failureInsideAWriteLeavesNothingBehind() {
        try (Database database = Database.open(folder.resolve("library.sqlite"))) {
            assertThatThrownBy(() -> database.write(connection -> {
                insertFlags(connection);
                throw new IllegalStateException("interrupted import");
            })).hasMessage("interrupted import");

            assertThat(new ArticleRepository(database).count()).isZero();
            assertThat(new SearchIndex(database).search("约谈", 10)).isEmpty();
        }
    }

    private static void insertFlags(Connection connection) throws SQLException {
        NewFile file = TestArticles.file("a.html", TestArticles.flags());
        try (ArticleInserts inserts = new ArticleInserts(connection)) {
            long fileId = inserts.insertFile(file, RawBytes.compress(file.bytes()), "2022-02-08T01:28:12Z");
            inserts.insertArticle(fileId, file.articles().get(0),
                    SearchDocument.of(file.articles().get(0).article()));
        }
    }
}
