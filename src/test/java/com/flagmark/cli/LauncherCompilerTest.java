package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher stops at the quick compiler for everything but the import of a large folder,
 * which runs long enough for the optimising compiler to save more than it costs; its heap
 * settings differ between commands and the window.
 */
class LauncherCompilerTest {

    private static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";
    private static final int LARGE = 25_000;

    @TempDir
    static Path inputs;

    private static Path large;
    private static Path small;

    @BeforeAll
    static void makeFolders() throws IOException {
        large = inputs.resolve("large");
        small = inputs.resolve("small");
        for (int i = 0; i < LARGE; i++) {
            Path folder = large.resolve(String.format("%02d", i / 1_000));
            Files.createDirectories(folder);
            Files.createFile(folder.resolve(i + ".txt"));
        }
        Files.createDirectories(small);
        for (int i = 0; i < LARGE - 1; i += 1_000) {
            Files.createFile(small.resolve(i + ".txt"));
        }
    }

    @Test
    void importOfAFolderOfTwentyFiveThousandFilesUsesTheOptimisingCompiler() throws Exception {
        assertThat(options("import", large.toString())).doesNotContain(QUICK_ONLY).contains("-Xmx768m");
    }

    @Test
    void importWithTheLibraryAndOptionsAroundThePathIsToldLargeToo() throws Exception {
        assertThat(options("--library", "x.sqlite", "import", "--date", "2023-01-31", large.toString(), "--suggest"))
                .doesNotContain(QUICK_ONLY);
    }

    @Test
    void importOfASmallFolderStopsAtTheQuickCompiler() throws Exception {
        assertThat(options("import", small.toString())).contains(QUICK_ONLY);
    }

    @Test
    void otherCommandsNamingALargeFolderStopAtTheQuickCompiler() throws Exception {
        assertThat(options("search", large.toString())).contains(QUICK_ONLY);
        assertThat(options("--library", large.toString())).contains(QUICK_ONLY);
    }

    @Test
    void commandsPutLargeArraysInTheOldGenerationAtOnceAndTheWindowLeavesItToItsYoungOne() throws Exception {
        assertThat(options("import", small.toString())).contains("-XX:PretenureSizeThreshold=1m");
        assertThat(options("search", "旗")).contains("-XX:PretenureSizeThreshold=1m");
        assertThat(options("--library", "x.sqlite")).doesNotContain("-XX:PretenureSizeThreshold=1m").contains("-Xmn12m");
    }

    /** The settings the launcher would start Java with for these arguments. */
    private static List<String> options(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("flagmark").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FLAGMARK_PRINT_JAVA_OPTIONS", "1");
        builder.environment().remove("FLAGMARK_JAVA_OPTS");
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        return printed.lines().toList();
    }
}
