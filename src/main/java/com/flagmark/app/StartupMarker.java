package com.flagmark.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Scene;

/**
 * For the benchmark, which times the app from its launch to a usable window: with
 * {@code -Dflagmark.startupMarker=true} the app prints one line on standard output once the
 * list has first been laid out with its rows, with the milliseconds since the JVM started, the
 * process's CPU time by then and, where the system lists them ({@code /proc/self/task}), the
 * threads that spent most of it: what a slow start spent its time on.
 */
final class StartupMarker {

    private static final boolean ON = Boolean.getBoolean("flagmark.startupMarker");
    private static final int THREADS_SHOWN = 8;
    /** The kernel's clock ticks a second, in which /proc counts a thread's time. */
    private static final long TICKS_PER_SECOND = 100;

    private StartupMarker() {
    }

    /** Prints the line once the next layout of the window, which shows the list just read, is done. */
    static void listRead(Scene scene, int rows) {
        if (!ON) {
            return;
        }
        NextLayout.then(scene, () -> {
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000;
            System.out.println("flagmark: list shown, " + rows + " articles, "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after start, " + cpu + " ms of CPU"
                    + threads());
            System.out.flush();
        });
    }

    /** The threads that spent the most CPU, in ms, with those of one name (the compiler's) added up. */
    private static String threads() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return "";
        }
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> each = Files.list(tasks)) {
            for (Path task : each.toList()) {
                threadTime(task).ifPresent(time -> byName.merge(time.getKey(), time.getValue(), Long::sum));
            }
        } catch (IOException | UncheckedIOException gone) {
            return "";
        }
        List<Map.Entry<String, Long>> most = new ArrayList<>(byName.entrySet());
        most.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        return most.stream().limit(THREADS_SHOWN).map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** A thread's name and its CPU time in ms; empty if it ended meanwhile. */
    private static Optional<Map.Entry<String, Long>> threadTime(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(Map.entry(name, ticks * 1000 / TICKS_PER_SECOND));
        } catch (IOException ended) {
            return Optional.empty();
        }
    }
}
