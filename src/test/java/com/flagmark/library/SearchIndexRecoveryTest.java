package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index beside the file always ends up agreeing with the file, whatever happened to either. */
class SearchIndexRecoveryTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void storeOneArticle() {
        file = folder.resolve("library.sqlite");
        store(TestArticles.flags());
    }

    @Test
    void indexSitsInAFolderBesideTheFile() {
        assertThat(IndexFolder.folderOf(file)).isEqualTo(folder.resolve("library.sqlite-search"));
        assertThat(IndexFolder.folderOf(file)).isDirectoryContaining(path -> path.getFileName().toString()
                .startsWith("segments_"));
    }

    @Test
    void deletedIndexIsBuiltAgainWhenTheLibraryOpens() throws IOException {
        deleteIndex();

        assertThat(total("约谈")).isEqualTo(1);
    }

    @Test
    void articlesTheFileCommittedWithoutTheIndexAreIndexedWhenTheLibraryOpens() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            OlderLibraries.insert(connection, TestArticles.file("b.html", TestArticles.projects()));
        }

        assertThat(total("5G")).isEqualTo(1);
        assertThat(total("约谈")).isEqualTo(1);
    }

    @Test
    void indexAheadOfAnOlderCopyOfTheFileIsBuiltAgain() throws IOException {
        Path copy = folder.resolve("copy.sqlite");
        Files.copy(file, copy);
        store(TestArticles.projects());
        assertThat(total("5G")).isEqualTo(1);

        Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);

        assertThat(total("5G")).isZero();
        assertThat(total("约谈")).isEqualTo(1);
    }

    @Test
    void damagedIndexIsBuiltAgainWhenTheLibraryOpens() throws IOException {
        try (Stream<Path> files = Files.list(IndexFolder.folderOf(file))) {
            for (Path indexFile : files.toList()) {
                Files.write(indexFile, "not an index".getBytes());
            }
        }

        assertThat(total("约谈")).isEqualTo(1);
    }

    @Test
    void libraryOfTheFormerVersionIsIndexedWhenItFirstOpens() throws SQLException, IOException {
        Path old = folder.resolve("old.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            Migrations.migrateTo(connection, 2);
            OlderLibraries.insert(connection, TestArticles.file("b.html", TestArticles.projects()));
        }

        try (Library library = Library.open(old)) {
            assertThat(library.search().search("重点项目", 10).total()).isEqualTo(1);
        }
    }

    @Test
    void libraryOpenWhileAnotherProgramHoldsTheIndexSearchesItAsLastCommitted() throws IOException {
        try (Directory directory = FSDirectory.open(IndexFolder.folderOf(file));
                IndexWriter otherProgram = new IndexWriter(directory, new IndexWriterConfig())) {
            try (Library library = Library.open(file)) {
                assertThat(library.search().search("约谈", 10).total()).isEqualTo(1);
            }
            otherProgram.rollback();
        }
    }

    private void store(com.flagmark.model.Article article) {
        try (Library library = Library.open(file)) {
            library.importStore().store(List.of(TestArticles.file(TestArticles.fingerprint(article) + ".html", article)));
        }
    }

    private long total(String query) {
        try (Library library = Library.open(file)) {
            return library.search().search(query, 10).total();
        }
    }

    private void deleteIndex() throws IOException {
        try (Stream<Path> files = Files.list(IndexFolder.folderOf(file))) {
            for (Path indexFile : files.toList()) {
                Files.delete(indexFile);
            }
        }
        Files.delete(IndexFolder.folderOf(file));
    }
}
