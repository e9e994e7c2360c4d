package com.flagmark.bench;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.library.PassageOrder;
import com.flagmark.model.Code;
import com.flagmark.model.DateBin;
import com.flagmark.model.Progress;
import com.flagmark.model.RegionRule;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.nlp.region.Division;
import com.flagmark.nlp.region.DivisionLevel;
import com.flagmark.nlp.region.Gazetteer;
import com.flagmark.usecase.CodeRegionMatrix;
import com.flagmark.usecase.CodeTimeline;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.Passages;
import com.flagmark.usecase.RegionLevel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Looking across a large coded library: the benchmark's synthetic corpus of N articles, imported
 * in this JVM and coded with two annotations an article (every article a region annotation, as
 * accepted suggestions write them, with a county's GB/T 2260 code; then a second region in three
 * articles of ten, else a measure or, one in five, an outcome with its value), then the use cases
 * the Passages, Matrix and Timeline views and the commands call, timed by the clock as a user
 * waits for them, and the CPU time of the thread that ran them (the machine may be shared): p50 and
 * the slowest of seven runs after two to warm up. Budgets (DESIGN.md): matrix
 * and timeline under 500 ms, the Passages view's first page under 200 ms.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify}; a third argument names a library file to keep
 * (built there if missing, reused as it is if present, with the search index beside it, so that
 * opening it does not index the articles again), so the timings can be run again quickly. The
 * build keeps it in {@code target/analysis-benchmark}.
 */
public final class AnalysisBenchmark {

    private static final long SEED = 11_2026;
    private static final int WARM_UP = 2;
    private static final int RUNS = 7;
    /** SQLite runs on the calling thread, so the thread's CPU time is the query's, whatever else loads the machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int FIRST_PAGE = 100;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        Path work = Files.createTempDirectory("flagmark-analysis-");
        try {
            Path file = args.length > 2 ? Path.of(args[2]) : work.resolve("coded.sqlite");
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                build(SyntheticCorpus.from(SEED, Path.of("seeds"), corpus), size, work, file);
            }
            measure(file);
        } finally {
            Folders.delete(work);
        }
    }

    private static void build(SyntheticCorpus material, int size, Path work, Path file) throws IOException {
        material.write(work.resolve("input"), size);
        long start = System.nanoTime();
        try (Library library = Library.open(file)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore())
                    .importPath(work.resolve("input"), Progress.NONE);
            System.out.printf("Imported %,d articles in %.0f s%n", library.articles().count(),
                    (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            int coded = code(library);
            System.out.printf("Coded %,d passages in %.0f s%n%n", coded, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Codes two passages of every article, in transactions of 5,000 articles, and returns how many. */
    private static int code(Library library) {
        Random random = new Random(SEED);
        Codebook codebook = new Codebook(library.codebook().all());
        long region = codebook.resolve("地区").orElseThrow().id();
        List<Code> measures = codebook.subtree(codebook.resolve("措施").orElseThrow().id()).stream()
                .filter(Code::codable).toList();
        List<Code> outcomes = codebook.subtree(codebook.resolve("成效").orElseThrow().id()).stream()
                .filter(Code::codable).toList();
        List<Division> counties = Gazetteer.shared().divisions().stream()
                .filter(division -> division.level() == DivisionLevel.COUNTY).toList();
        List<ArticleSummary> articles = library.articles().list();
        int coded = 0;
        for (int from = 0; from < articles.size(); from += 5_000) {
            List<ArticleSummary> batch = articles.subList(from, Math.min(articles.size(), from + 5_000));
            coded += library.transaction(() -> {
                int count = 0;
                for (ArticleSummary summary : batch) {
                    String text = library.articles().find(summary.id()).orElseThrow().article().text();
                    int length = text.codePointCount(0, text.length());
                    for (int i = 0; i < 2 && length > 30; i++) {
                        int start = random.nextInt(length - 25);
                        var span = Anchors.trimmed(text, start, start + 2 + random.nextInt(12));
                        if (span.isEmpty()) {
                            continue;
                        }
                        var anchor = Anchors.of(text, span.get().start(), span.get().end());
                        if (i == 0 || random.nextInt(10) < 3) {
                            Division county = counties.get(random.nextInt(counties.size()));
                            library.annotations().create(summary.id(), anchor, List.of(region), "",
                                    Map.of("gazetteer", county.code(), "level", "county"), "bench");
                        } else if (random.nextInt(5) == 0) {
                            library.annotations().create(summary.id(), anchor,
                                    List.of(outcomes.get(random.nextInt(outcomes.size())).id()), "",
                                    Map.of("indicator", "返岗率", "value", String.valueOf(random.nextInt(100)), "unit", "%"),
                                    "bench");
                        } else {
                            library.annotations().create(summary.id(), anchor,
                                    List.of(measures.get(random.nextInt(measures.size())).id()), "", Map.of(), "bench");
                        }
                        count++;
                    }
                }
                return count;
            });
        }
        return coded;
    }

    private static void measure(Path file) {
        long opening = System.nanoTime();
        long openingCpu = THREADS.getCurrentThreadCpuTime();
        try (LibrarySession session = LibrarySession.open(file, "bench")) {
            System.out.printf("Opened (upgrading the file and catching up its search index if need be) in %.1f s,"
                    + " %.1f s of this thread's CPU%n", (System.nanoTime() - opening) / 1e9,
                    (THREADS.getCurrentThreadCpuTime() - openingCpu) / 1e9);
            System.out.printf("%,d articles; max heap %d MB, %d cores%n%n", session.articleCount(),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            catchUpRegions(session);
            long measure = session.codebook().resolve("措施").orElseThrow().id();
            PassageFilter measures = PassageFilter.ALL.withCodes(List.of(measure));
            Passages passages = new Passages(session);
            CodeRegionMatrix matrix = new CodeRegionMatrix(session);
            CodeTimeline timeline = new CodeTimeline(session);
            System.out.println("| step | result | p50 ms | max ms | p50 CPU ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            time("matrix: prefectures × 措施, any region", () -> matrix.compute(new CodeRegionMatrix.Request(
                    RegionLevel.PREFECTURE, List.of(measure), RegionRule.ANY, PassageFilter.ALL)).rows().size() + " rows");
            time("matrix: prefectures × 措施, main region", () -> matrix.compute(new CodeRegionMatrix.Request(
                    RegionLevel.PREFECTURE, List.of(measure), RegionRule.MAIN, PassageFilter.ALL)).rows().size() + " rows");
            time("matrix: counties × 措施, any region", () -> matrix.compute(new CodeRegionMatrix.Request(
                    RegionLevel.COUNTY, List.of(measure), RegionRule.ANY, PassageFilter.ALL)).rows().size() + " rows");
            time("timeline: 措施 by month", () -> timeline.compute(new CodeTimeline.Request(List.of(measure),
                    DateBin.MONTH, PassageFilter.ALL)).bins().size() + " months");
            time("timeline: 措施 by month in 山东省 (any region)", () -> timeline.compute(new CodeTimeline.Request(
                    List.of(measure), DateBin.MONTH, PassageFilter.ALL.withRegions(List.of("山东省"), RegionRule.ANY)))
                    .total().passages() + " passages");
            time("timeline: 措施 by month, 山东省, 河南省 and 广东省 side by side (any region)", () -> timeline.perRegion(
                    new CodeTimeline.Request(List.of(measure), DateBin.MONTH, PassageFilter.ALL.withRegions(
                            List.of("山东省", "河南省", "广东省"), RegionRule.ANY))).size() + " series");
            time("Passages first page: every passage, by date", () -> firstPage(passages, PassageFilter.ALL));
            time("Passages first page: 措施, by date", () -> firstPage(passages, measures));
            time("Passages first page: 措施 in 山东省 (main region)", () -> firstPage(passages,
                    measures.withRegions(List.of("山东省"), RegionRule.MAIN)));
            time("Passages first page: every passage, by quote", () -> passages.firstPage(PassageFilter.ALL,
                    PassageOrder.QUOTE, false, FIRST_PAGE).size() + " rows");
            time("Passages: every id listed, after the first page (every passage, by date)", () ->
                    passages.find(PassageFilter.ALL, PassageOrder.DATE, false).size() + " ids");
            time("Passages: every id listed, after the first page (措施, by date)", () ->
                    passages.find(measures, PassageOrder.DATE, false).size() + " ids");
            time("Passages: a page of 100 further down", () -> {
                List<Long> ids = passages.find(measures, PassageOrder.DATE, false);
                return passages.load(ids.subList(ids.size() / 2, ids.size() / 2 + FIRST_PAGE)).size() + " rows";
            });
        }
    }

    private static String firstPage(Passages passages, PassageFilter filter) {
        return passages.firstPage(filter, PassageOrder.DATE, false, FIRST_PAGE).size() + " rows";
    }

    /**
     * Brings each article's regions up to date before anything is timed, and prints what that cost:
     * for a library just upgraded to V11, building the table for every article.
     */
    private static void catchUpRegions(LibrarySession session) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long measure = session.codebook().resolve("措施").orElseThrow().id();
        new CodeRegionMatrix(session).compute(new CodeRegionMatrix.Request(RegionLevel.PROVINCE, List.of(measure),
                RegionRule.ANY, PassageFilter.ALL));
        System.out.printf("First count (bringing every marked article's regions up to date): %.1f s, %.1f s of CPU%n%n",
                (System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static void time(String step, Supplier<String> work) {
        String result = "";
        for (int i = 0; i < WARM_UP; i++) {
            result = work.get();
        }
        double[] millis = new double[RUNS];
        double[] cpuMillis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            work.get();
            cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf("| %s | %s | %.0f | %.0f | %.0f |%n", step, result, millis[RUNS / 2], millis[RUNS - 1],
                cpuMillis[RUNS / 2]);
    }
}
