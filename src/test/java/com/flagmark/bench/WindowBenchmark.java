package com.flagmark.bench;

import com.flagmark.app.ListScrollBenchmark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window at 100,000 articles: builds the library once (a synthetic corpus imported with the
 * launcher, kept in {@code target/window-benchmark} for the next run), then launches the real app
 * on it, cold, in a process of its own on a virtual X display, three times, and times it from
 * the launch to the list laid out with its first rows (the app prints a line then, with
 * {@code -Dflagmark.startupMarker=true}), with the process's CPU time by then, the threads that
 * spent most of it, and its peak resident memory five seconds later. Then it scrolls and sorts the list in a headless window
 * of its own ({@link ListScrollBenchmark}). Budgets (issue 12): the list within 2 s of launch,
 * no FX-thread stretch over 50 ms, under 500 MB resident.
 *
 * <p>Alone: {@code ./mvnw -q -Pbench verify -Dbench.only=window} ({@code -Dbench.window.size=N}).
 */
public final class WindowBenchmark {

    private static final int LAUNCHES = 3;
    private static final long TICKS_PER_SECOND = 100;
    /** The app's CPU time when it printed the marker, and the threads that spent most of it. */
    private static final Pattern MARKER = Pattern.compile("(\\d+) ms of CPU(?: \\((.*)\\))?");

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        Path corpus = Path.of(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        Path library = work.resolve("library-" + size + ".sqlite");
        if (!Files.exists(library)) {
            build(size, corpus, work, library);
        }
        System.out.printf("Window benchmark: %d articles, %d cores, load average %s%n", size,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Process display = startDisplay();
        try {
            String number = new BufferedReader(new InputStreamReader(display.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            System.out.println();
            System.out.println("| launch | list shown s | CPU s by then | peak RSS MB | load | CPU ms by then, by thread |");
            System.out.println("|---|---:|---:|---:|---|---|");
            for (int i = 1; i <= LAUNCHES; i++) {
                System.out.println(launch(i, library, ":" + number.strip(), work.resolve("launch.log")));
            }
        } finally {
            display.destroy();
        }
        System.out.println();
        ListScrollBenchmark.measure(library).forEach(System.out::println);
    }

    private static void build(int size, Path corpus, Path work, Path library) throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.from(20221 + size, Path.of("seeds"), corpus).write(input, size);
        ImportProcess.Outcome imported = ImportProcess.run(input, library, work.resolve("import.log"));
        Folders.delete(input);
        if (imported.exitCode() != 0) {
            throw new IllegalStateException("The import failed: see " + work.resolve("import.log"));
        }
    }

    /** A virtual X display of the size of a small laptop's screen; its number is the process's first line. */
    private static Process startDisplay() throws IOException {
        return new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String launch(int round, Path library, String display, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of("flagmark").toAbsolutePath().toString(),
                "--library", library.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().put("DISPLAY", display);
        // Settings of its own, so that no window size or last article of the user's changes what is timed.
        builder.environment().put("FLAGMARK_JAVA_OPTS", "-Dflagmark.startupMarker=true -Djava.util.prefs.userRoot="
                + log.resolveSibling("settings"));
        long start = System.nanoTime();
        Process app = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("flagmark: list shown")) {
                // Anything else the app prints is not the marker.
            }
            double shown = (System.nanoTime() - start) / 1e9;
            if (line == null) {
                return "| " + round + " | the app ended without showing the list: see " + log + " | | | | |";
            }
            Matcher marker = MARKER.matcher(line);
            boolean marked = marker.find();
            double cpu = marked ? Long.parseLong(marker.group(1)) / 1000.0 : cpuSeconds(app.pid());
            String threads = marked && marker.group(2) != null ? marker.group(2) : "";
            app.waitFor(5, TimeUnit.SECONDS);
            long peak = peakRss(app.pid());
            return String.format(Locale.ROOT, "| %d | %.2f | %.2f | %d | %s | %s |", round, shown, cpu, peak >> 20,
                    loadAverage(), threads);
        } finally {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
            app.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The CPU time of the launcher's process (the JVM, which the script replaces itself with), from /proc. */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) TICKS_PER_SECOND;
    }

    private static long peakRss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    private static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }
}
