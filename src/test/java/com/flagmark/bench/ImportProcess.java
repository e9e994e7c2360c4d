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

    /** What one import process took: wall time, CPU time (user and system, every thread), peak memory. */
    record Outcome(double seconds, double cpuSeconds, long peakRssBytes, int exitCode) {
    }

    /** Clock ticks per second of the CPU times in /proc (USER_HZ, 100 on Linux's usual builds). */
    private static final double TICKS_PER_SECOND = 100;

    private ImportProcess() {
    }

    /** Imports {@code input} into {@code library} with the launcher beside the project. */
    static Outcome run(Path input, Path library, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of("--library", library.toString(), "import", input.toString()));
        long start = System.nanoTime();
        long childTicksBefore = waitedForChildrenTicks();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, peakRss(process.pid()));
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int exitCode = process.waitFor();
        double cpuSeconds = (waitedForChildrenTicks() - childTicksBefore) / TICKS_PER_SECOND;
        return new Outcome(seconds, cpuSeconds, peak, exitCode);
    }

    /** The launcher the README documents, or plain {@code java -jar} where it cannot run. */
    private static List<String> launcher() {
        Path script = Path.of("flagmark");
        if (Files.isExecutable(script)) {
            return List.of(script.toAbsolutePath().toString());
        }
        return List.of("java", "-jar", Path.of("target", "flagmark.jar").toAbsolutePath().toString());
    }

    /**
     * The CPU time of this JVM's children that have ended and been waited for (cutime + cstime
     * of /proc/self/stat): read before and after the import, it gives the import process's
     * whole CPU time, which the load of the machine does not change as it changes wall time.
     * 0 where there is no /proc.
     */
    private static long waitedForChildrenTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in brackets and may hold spaces: cutime and cstime are 16 and 17.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
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
