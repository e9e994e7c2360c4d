package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore never replaces a library under an import: another program importing makes it refuse. */
class RestoreDuringImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void restoreIsRefusedWhileAnotherProgramImportsAndTheImportKeepsEveryArticle()
            throws IOException, InterruptedException {
        Path library = temp.resolve("library.sqlite");
        assertThat(run("import", ManyArticles.write(temp.resolve("few"), 20).toString(), "--library", library.toString())
                .status()).isZero();
        int before = articles(library);
        assertThat(run("backup", "--library", library.toString()).status()).isZero();
        Path many = ManyArticles.write(temp.resolve("many"), 1_500);
        ChildFlagmark flagmark = new ChildFlagmark(temp.resolve("user"));

        Process importing;
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            temp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            importing = flagmark.start("import", many.toString(), "--library", library.toString());
            awaitFile(watch, temp.resolve("library.sqlite-wal"));
        }
        CliRun restore = run("restore", "latest", "--library", library.toString());
        assertThat(importing.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(restore.status()).isEqualTo(Cli.FAILED);
        assertThat(restore.err()).contains("is being written").contains("Nothing was changed");
        assertThat(importing.exitValue()).as(flagmark.err()).isZero();
        assertThat(articles(library)).isGreaterThanOrEqualTo(1_500);
        assertThat(run("restore", "latest", "--library", library.toString()).status()).isZero();
        assertThat(articles(library)).isEqualTo(before);
    }

    /** Waits until the file appears: the importing program has opened the library and started writing. */
    private static void awaitFile(WatchService watch, Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as("the import never opened " + file).isLessThan(deadline);
            Optional.ofNullable(watch.poll(1, TimeUnit.SECONDS)).ifPresent(key -> {
                key.pollEvents();
                key.reset();
            });
        }
    }

    private int articles(Path library) throws IOException {
        return JSON.readTree(run("list", "--json", "--library", library.toString()).out()).size();
    }

    private CliRun run(String... args) {
        return CliRun.of(desktop -> Optional.empty(), args);
    }

}
