package com.flagmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code flagmark import} as a user does, in a process of its own started by the launcher,
 * and measures the whole of it: JVM start, class loading, compiling, importing, closing.
 */
final class ImportProcess {

    /** What one import process took. */
    record Outcome(double seconds, long peakRssBytes, int exitCode) {
    }

    private ImportProcess() {
    }

    /** Imports {@code input} into {@code library} with the launcher beside the project. */
    static Outcome run(Path input, Path library, Path log) throws IOException, InterruptedException {
        return run(input, library, log, List.of());
    }

    /** Imports {@code input} into {@code library} with the launcher, with more options for the import, such as --suggest. */
    static Outcome run(Path input, Path library, Path log, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of("--library", library.toString(), "import", input.toString()));
        command.addAll(options);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, peakRss(process.pid()));
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(seconds, peak, process.exitValue());
    }

    /** The launcher the README documents, or plain {@code java -jar} where it cannot run. */
    private static List<String> launcher() {
        Path script = Path.of("flagmark");
        if (Files.isExecutable(script)) {
            return List.of(script.toAbsolutePath().toString());
        }
        return List.of("java", "-jar", Path.of("target", "flagmark.jar").toAbsolutePath().toString());
    }

    /** The process's high-water mark of resident memory, from Linux's /proc; 0 elsewhere. */
    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // The process ended between two looks; the last reading stands.
        }
        return 0;
    }
}
