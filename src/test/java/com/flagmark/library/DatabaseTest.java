package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.ingest.ImportStore.NewFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void aReadGoesOnWhileAnotherReadIsUnderWay() throws Exception {
        try (Database database = Database.open(folder.resolve("library.sqlite"))) {
            database.write(connection -> {
                insertFlags(connection);
                return null;
            });
            ArticleRepository articles = new ArticleRepository(database);
            CountDownLatch longReadStarted = new CountDownLatch(1);
            CountDownLatch secondReadDone = new CountDownLatch(1);
            ExecutorService exporter = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> longRead = exporter.submit(() -> database.read(connection -> {
                    longReadStarted.countDown();
                    awaitOrFail(secondReadDone);
                    return articles.count();
                }));
                awaitOrFail(longReadStarted);

                int seen = articles.count();
                secondReadDone.countDown();

                assertThat(seen).isEqualTo(1);
                assertThat(longRead.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            } finally {
                exporter.shutdownNow();
            }
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
            assertThat(searchLogRows(database)).isZero();
        }
    }

    @Test
    void aFailedWriteInsideAnotherUndoesOnlyItselfAndTheOuterFailureUndoesAll() {
        try (Database database = Database.open(folder.resolve("library.sqlite"))) {
            database.write(outer -> {
                insertFlags(outer);
                assertThatThrownBy(() -> database.write(inner -> {
                    insertFile(inner, "b.html");
                    throw new IllegalStateException("refused");
                })).hasMessage("refused");
                return null;
            });
            assertThat(new ArticleRepository(database).count()).isEqualTo(1);
            assertThat(fileCount(database)).isEqualTo(1);

            assertThatThrownBy(() -> database.write(outer -> {
                database.write(inner -> insertFile(inner, "c.html"));
                throw new IllegalStateException("interrupted import");
            })).hasMessage("interrupted import");
            assertThat(fileCount(database)).isEqualTo(1);
        }
    }

    private static long insertFile(Connection connection, String name) throws SQLException {
        NewFile file = TestArticles.file(name, TestArticles.withBody(name, "另一篇：" + name));
        try (ArticleInserts inserts = new ArticleInserts(connection)) {
            return inserts.insertFile(file, RawBytes.compress(file.bytes()), "2022-02-08T01:28:12Z");
        }
    }

    private static int fileCount(Database database) {
        return database.read(connection -> {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM files")) {
                return rows.getInt(1);
            }
        });
    }

    private static int searchLogRows(Database database) {
        return database.read(connection -> {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM search_log")) {
                return rows.getInt(1);
            }
        });
    }

    private static void insertFlags(Connection connection) throws SQLException {
        NewFile file = TestArticles.file("a.html", TestArticles.flags());
        try (ArticleInserts inserts = new ArticleInserts(connection)) {
            long fileId = inserts.insertFile(file, RawBytes.compress(file.bytes()), "2022-02-08T01:28:12Z");
            inserts.insertArticle(fileId, file.format(), file.articles().get(0));
        }
    }

    /** Waits for another thread's step, failing rather than hanging if it never comes. */
    private static void awaitOrFail(CountDownLatch step) {
        try {
            if (!step.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("The other read did not get its turn.");
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new AssertionError(stopped);
        }
    }
}
