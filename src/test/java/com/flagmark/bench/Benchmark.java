package com.flagmark.bench;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.ImportReport;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Flagmark's benchmark: builds a synthetic corpus of N articles from the real ones, imports it
 * into a fresh library and prints articles/s, MB/s and peak heap, then the search latency
 * (p50/p95) of fixed 1-, 2- and 4-character queries. Budgets (DESIGN.md): import at least
 * 1,000 articles/s; search p95 under 50 ms at 100,000 articles.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify} (sizes: {@code -Dbench.sizes=10000,100000}).
 */
public final class Benchmark {

    private static final long SEED = 20221;
    private static final int RUNS = 20;
    private static final Map<String, List<String>> QUERIES = Map.of(
            "1 char", List.of("旗", "企", "县", "鑫"),
            "2 chars", List.of("约谈", "红旗", "项目", "返岗"),
            "4 chars", List.of("项目建设", "复工复产", "营商环境", "招商引资"));

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        SyntheticCorpus material = SyntheticCorpus.from(SEED, Path.of("seeds"), corpus);
        System.out.printf("Flagmark benchmark: %d cores, %s %s, max heap %d MB; material: %d paragraphs%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, material.paragraphCount());
        System.out.println("| articles | files | input MB | import s | articles/s | MB/s | peak heap MB | library MB "
                + "| 1 char p50/p95 ms | 2 chars p50/p95 ms | 4 chars p50/p95 ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            Path work = Files.createTempDirectory("flagmark-bench-");
            try {
                System.out.println(run(SyntheticCorpus.from(SEED + size, Path.of("seeds"), corpus), size, work));
            } finally {
                Folders.delete(work);
            }
        }
    }

    private static String run(SyntheticCorpus material, int size, Path work) throws IOException {
        Path input = work.resolve("input");
        long bytes = material.write(input, size);
        long files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        System.gc();
        HeapWatch heap = HeapWatch.begin();
        long start = System.nanoTime();
        ImportReport report;
        try (Library library = Library.open(work.resolve("library.sqlite"))) {
            report = new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore())
                    .importPath(input, Progress.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.finish();
        StringBuilder row = new StringBuilder(String.format("| %,d | %,d | %.1f | %.1f | %,.0f | %.2f | %d | %,d |",
                report.articles(), files, bytes / 1e6, seconds, report.articles() / seconds, bytes / 1e6 / seconds,
                peak >> 20, size(work) >> 20));
        try (Library library = Library.open(work.resolve("library.sqlite"))) {
            for (String category : List.of("1 char", "2 chars", "4 chars")) {
                double[] latency = latencies(library, QUERIES.get(category));
                row.append(String.format(" %.1f / %.1f |", percentile(latency, 50), percentile(latency, 95)));
            }
        }
        if (report.articles() < size * 0.99) {
            row.append(String.format(" (only %d of %d articles imported)", report.articles(), size));
        }
        return row.toString();
    }

    /** The size of the library file and its write-ahead log. */
    private static long size(Path work) throws IOException {
        long total = 0;
        for (String name : List.of("library.sqlite", "library.sqlite-wal")) {
            Path file = work.resolve(name);
            total += Files.exists(file) ? Files.size(file) : 0;
        }
        return total;
    }

    private static double[] latencies(Library library, List<String> queries) {
        List<Double> times = new ArrayList<>();
        for (String query : queries) {
            library.search().search(query, 50);
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                library.search().search(query, 50);
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
