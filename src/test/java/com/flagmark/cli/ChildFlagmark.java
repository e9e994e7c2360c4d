package com.flagmark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Flagmark's command line in a process of its own, as a user starts it, with its own cache and
 * temporary folders, so that a test can kill it or look at what it leaves behind.
 */
final class ChildFlagmark {

    private final Path home;

    /** A Flagmark whose user folders (cache, temporary files) are under {@code home}. */
    ChildFlagmark(Path home) throws IOException {
        this.home = home;
        Files.createDirectories(temporaryFolder());
    }

    Path cacheFolder() {
        return home.resolve("cache");
    }

    Path temporaryFolder() {
        return home.resolve("tmp");
    }

    /** Starts the command, its output going to files under the home folder. */
    Process start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /**
     * Runs the command with no file it writes allowed to grow past {@code kilobytes}, as if the
     * disk filled there, and returns its exit status.
     */
    int runOnADiskThatFillsAt(int kilobytes, String... args) throws IOException, InterruptedException {
        return start(List.of("bash", "-c", "ulimit -f " + kilobytes + " && exec \"$0\" \"$@\""), args).waitFor();
    }

    private Process start(List<String> prefix, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-Djava.io.tmpdir=" + temporaryFolder(),
                "-cp", System.getProperty("java.class.path"),
                "com.flagmark.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", cacheFolder().toString());
        return builder.start();
    }

    /** Runs the command to its end and returns its exit status. */
    int run(String... args) throws IOException, InterruptedException {
        return start(args).waitFor();
    }

    String out() throws IOException {
        return Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8);
    }
}
