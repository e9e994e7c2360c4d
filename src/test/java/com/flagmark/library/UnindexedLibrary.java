package com.flagmark.library;

import com.flagmark.ingest.ImportStore.NewFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A library file whose articles are stored and logged but whose search index files are gone. */
final class UnindexedLibrary {

    private UnindexedLibrary() {
    }

    /** Stores {@code count} articles (第N篇, each about 约谈) at {@code file}, then deletes the index's files. */
    static void store(Path file, int count) throws IOException {
        List<NewFile> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            files.add(TestArticles.file(i + ".html",
                    TestArticles.withBody("第" + i + "篇", "第" + i + "篇：市纪委约谈了项目负责人。")));
        }
        try (Library library = Library.open(file)) {
            library.importStore().store(files);
        }
        try (Stream<Path> indexFiles = Files.list(IndexFolder.folderOf(file))) {
            for (Path indexFile : indexFiles.toList()) {
                Files.delete(indexFile);
            }
        }
    }
}
