package com.flagmark.bench;

import com.flagmark.library.Library;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Flagmark's benchmark: builds a synthetic corpus of N articles from the real ones, imports it
 * with the launcher in a process of its own (timed whole, with its peak resident memory), then
 * builds Lucene's CJK bigram index of the same articles in this JVM ({@link LuceneBaseline}),
 * timed as a yardstick for the import (what indexing alone costs, without cleaning or storing),
 * and times the same queries against both, side by side: per-query CPU time, p50/p95 by query
 * length, the ratio, and each query's exact total from both, which must be equal. Budgets
 * (DESIGN.md): import at least 1,500 articles/s at 10,000 and 2,000 at 100,000 with under 1 GB
 * resident; search p95 under 20 ms at 100,000 and within 2× of Lucene.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify} (sizes: {@code -Dbench.sizes=10000,100000}).
 */
public final class Benchmark {

    private static final long SEED = 20221;
    private static final int RUNS = 20;
    private static final int WARM_UP = 5;
    private static final int PAGE = 20;
    /** Common and rare queries of each length; 定枣, 一德 and 时青 are common characters seldom side by side. */
    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("1 char", List.of("旗", "企", "县", "鑫", "的"));
        QUERIES.put("2 chars", List.of("约谈", "红旗", "项目", "返岗", "时青", "定枣", "一德"));
        QUERIES.put("4 chars", List.of("项目建设", "复工复产", "营商环境", "招商引资", "春节假期"));
        QUERIES.put("5+ chars", List.of("高质量发展", "重点项目建设", "优化营商环境"));
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        System.out.printf("Flagmark benchmark: %d cores, %s %s, max heap %d MB%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            Path work = Files.createTempDirectory("flagmark-bench-");
            try {
                run(SyntheticCorpus.from(SEED + size, Path.of("seeds"), corpus), size, work);
            } finally {
                Folders.delete(work);
            }
        }
    }

    private static void run(SyntheticCorpus material, int size, Path work) throws Exception {
        Path input = work.resolve("input");
        long bytes = material.write(input, size);
        long files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        Path file = work.resolve("library.sqlite");
        ImportProcess.Outcome imported = ImportProcess.run(input, file, work.resolve("import.log"));
        if (imported.exitCode() != 0) {
            System.out.println("The import failed:");
            Files.readAllLines(work.resolve("import.log")).forEach(System.out::println);
            return;
        }
        long luceneCpuStart = totalCpuNanos();
        long luceneStart = System.nanoTime();
        LuceneBaseline lucene = LuceneBaseline.build(file, work.resolve("lucene"));
        double luceneSeconds = (System.nanoTime() - luceneStart) / 1e9;
        double luceneCpuSeconds = (totalCpuNanos() - luceneCpuStart) / 1e9;
        try (lucene; Library library = Library.open(file)) {
            int articles = library.articles().count();
            System.out.printf("### %,d articles%n%n", articles);
            System.out.println("| articles | files | input MB | import s (whole process) | articles/s | CPU s "
                    + "| CPU ms/article | articles/s if CPU-bound on 2 idle cores | peak RSS MB | library MB "
                    + "| search index MB | Lucene index MB |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            double cpuPerArticle = imported.cpuSeconds() / articles;
            System.out.printf("| %,d | %,d | %.1f | %.1f | %,.0f | %.1f | %.2f | %,.0f | %d | %,d | %,d | %,d |%n%n",
                    articles, files, bytes / 1e6, imported.seconds(), articles / imported.seconds(),
                    imported.cpuSeconds(), cpuPerArticle * 1e3, 2 / cpuPerArticle, imported.peakRssBytes() >> 20,
                    size(work, "library.sqlite", "library.sqlite-wal") >> 20, library.search().sizeOnDisk() >> 20,
                    Folders.size(work.resolve("lucene")) >> 20);
            System.out.println("| indexing the same articles | s | articles/s | CPU s | import's articles/s ÷ this |");
            System.out.println("|---|---:|---:|---:|---:|");
            System.out.printf("| Lucene alone, in this JVM (read from the library file, CJK bigrams, its merges) "
                    + "| %.1f | %,.0f | %.1f | %.2f |%n%n", luceneSeconds, articles / luceneSeconds, luceneCpuSeconds,
                    luceneSeconds / imported.seconds());
            compareSearch(library, lucene);
            longQueries(library);
        }
        timeRebuild(file);
    }

    /**
     * Times searches for a pasted page (an article's text repeated to 2,000 and 10,000
     * characters), which a search cuts to its first words, by CPU and wall time.
     */
    static void longQueries(Library library) throws IOException {
        String text = library.articles().find(library.articles().list().get(0).id()).orElseThrow().article().text();
        String pasted = text.repeat(10_000 / text.length() + 1);
        System.out.println("| pasted query | shortened | Flagmark CPU p50 / p95 ms | wall max ms |");
        System.out.println("|---:|---|---:|---:|");
        for (int length : new int[] {2_000, 10_000}) {
            String query = pasted.substring(0, length);
            boolean shortened = library.search().search(query, PAGE).shortened();
            List<Double> cpu = new ArrayList<>();
            long slowest = 0;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                cpu.add(cpuMillis(() -> library.search().search(query, PAGE)));
                slowest = Math.max(slowest, System.nanoTime() - start);
            }
            double[] sorted = sorted(cpu);
            System.out.printf("| %,d chars | %s | %.1f / %.1f | %.1f |%n", length, shortened ? "yes" : "no",
                    percentile(sorted, 50), percentile(sorted, 95), slowest / 1e6);
        }
        System.out.println();
    }

    /** Times opening the library with its search index folder deleted, as after a restore: the index is built again. */
    private static void timeRebuild(Path file) throws IOException {
        Folders.delete(file.resolveSibling(file.getFileName() + "-search"));
        long cpuStart = totalCpuNanos();
        long start = System.nanoTime();
        try (Library library = Library.open(file)) {
            // Opening starts the rebuild in the background; a search waits for it, as this does.
            library.search().awaitCaughtUp(progress -> { });
            System.out.printf("Search index rebuilt on opening, as after a restore: %.1f s wall, %.1f s CPU (the process),"
                    + " %,d articles.%n%n", (System.nanoTime() - start) / 1e9, (totalCpuNanos() - cpuStart) / 1e9,
                    library.articles().count());
        }
    }

    /** The CPU time of the whole process, every thread that ever ran in it. */
    private static long totalCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void compareSearch(Library library, LuceneBaseline lucene) throws IOException {
        // Every query runs a few times on both first, so that neither is timed while its code is still being compiled.
        for (int round = 0; round < WARM_UP; round++) {
            for (List<String> queries : QUERIES.values()) {
                for (String query : queries) {
                    library.search().search(query, PAGE);
                    lucene.search(query, PAGE);
                }
            }
        }
        List<String> totals = new ArrayList<>();
        System.out.println("| query length | Flagmark p50 / p95 ms | Lucene p50 / p95 ms | ratio p50 / p95 |");
        System.out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, List<String>> category : QUERIES.entrySet()) {
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            for (String query : category.getValue()) {
                long flagmarkTotal = library.search().search(query, PAGE).total();
                long luceneTotal = lucene.search(query, PAGE);
                totals.add(String.format("| %s | %,d | %,d | %s |", query, flagmarkTotal, luceneTotal,
                        flagmarkTotal == luceneTotal ? "equal" : "**DIFFERENT**"));
                for (int run = 0; run < RUNS; run++) {
                    ours.add(cpuMillis(() -> library.search().search(query, PAGE)));
                    theirs.add(cpuMillis(() -> lucene.search(query, PAGE)));
                }
            }
            double[] a = sorted(ours);
            double[] b = sorted(theirs);
            System.out.printf("| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n", category.getKey(),
                    percentile(a, 50), percentile(a, 95), percentile(b, 50), percentile(b, 95),
                    percentile(a, 50) / percentile(b, 50), percentile(a, 95) / percentile(b, 95));
        }
        System.out.println();
        System.out.println("| query | Flagmark total | Lucene total | |");
        System.out.println("|---|---:|---:|---|");
        totals.forEach(System.out::println);
        System.out.println();
    }

    /** Work whose CPU time is measured. */
    @FunctionalInterface
    private interface Timed {
        Object run() throws IOException;
    }

    /** The CPU time this thread spent on the work, in milliseconds. */
    private static double cpuMillis(Timed work) throws IOException {
        long start = THREADS.getCurrentThreadCpuTime();
        Object result = work.run();
        double millis = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        if (result == null) {
            throw new IllegalStateException("a search returned nothing");
        }
        return millis;
    }

    private static long size(Path work, String... names) throws IOException {
        long total = 0;
        for (String name : names) {
            Path file = work.resolve(name);
            total += Files.exists(file) ? Files.size(file) : 0;
        }
        return total;
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
