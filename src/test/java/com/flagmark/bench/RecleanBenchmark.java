package com.flagmark.bench;

import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.RecleanReport;
import com.flagmark.usecase.RecleanScope;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times a re-cleaning of a whole library: builds a synthetic corpus of N articles from the real
 * ones, imports it with the launcher, then re-cleans every article in this JVM and prints the
 * wall and CPU time, files per second and the peak heap. The library was made by this cleaner,
 * so every file is read from its stored bytes, cleaned and compared again but no text changes:
 * this is the cost of reading a library again, the floor of any re-cleaning.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify -Dbench.only=reclean [-Dbench.reclean.size=10000]}.
 */
public final class RecleanBenchmark {

    private static final long SEED = 20261130;

    private RecleanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args.length > 0 ? args[0] : "10000");
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        System.out.printf("Flagmark re-cleaning benchmark: %d cores, %s %s, max heap %d MB%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        Path work = Files.createTempDirectory("flagmark-reclean-bench-");
        try {
            Path input = work.resolve("input");
            SyntheticCorpus.from(SEED + size, Path.of("seeds"), corpus).write(input, size);
            Path file = work.resolve("library.sqlite");
            ImportProcess.Outcome imported = ImportProcess.run(input, file, work.resolve("import.log"));
            if (imported.exitCode() != 0) {
                System.out.println("The import failed:");
                Files.readAllLines(work.resolve("import.log")).forEach(System.out::println);
                return;
            }
            reclean(file);
        } finally {
            Folders.delete(work);
        }
    }

    private static void reclean(Path file) {
        try (LibrarySession session = LibrarySession.open(file, "bench")) {
            int articles = session.articles().size();
            HeapWatch heap = HeapWatch.begin();
            long cpuStart = processCpuNanos();
            long wallStart = System.nanoTime();
            RecleanReport report = session.reclean(RecleanScope.all()).run(Progress.NONE);
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            long peak = heap.finish();
            System.out.println("| articles | files | changed | unchanged | kept | wall s | process CPU s | files/s (wall) "
                    + "| files/s (CPU) | peak heap MB |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            System.out.printf("| %,d | %,d | %,d | %,d | %,d | %.1f | %.1f | %,.0f | %,.0f | %d |%n%n", articles,
                    report.files(), report.changed(), report.unchanged(), report.kept().size(), wall, cpu,
                    report.files() / wall, report.files() / cpu, peak >> 20);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
