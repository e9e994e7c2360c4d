package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where SQLite's native library is unpacked: the user's cache folder, once, never the temporary folder. */
class NativeLibraryTest {

    @TempDir
    Path temp;

    @Test
    void sqlitesNativeLibraryIsUnpackedIntoTheCacheFolderAndNothingIntoTemp() throws IOException, InterruptedException {
        ChildFlagmark flagmark = new ChildFlagmark(temp.resolve("user"));

        int status = flagmark.run("import", "seeds/000_d6d82f7171e0354b.txt", "--library", temp.resolve("a.sqlite").toString());

        assertThat(status).as(flagmark.err()).isZero();
        try (Stream<Path> left = Files.list(flagmark.temporaryFolder())) {
            assertThat(left).isEmpty();
        }
        try (Stream<Path> cached = Files.walk(flagmark.cacheFolder())) {
            assertThat(cached.map(path -> path.getFileName().toString())).contains("libsqlitejdbc.so");
        }
    }
}
