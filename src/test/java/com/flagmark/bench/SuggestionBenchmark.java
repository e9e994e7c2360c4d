package com.flagmark.bench;

import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Article;
import com.flagmark.model.CanonicalText;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.nlp.SegmentedText;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.cue.MeasureFinder;
import com.flagmark.nlp.figure.FigureFinder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * How fast the cue and figure finders read text: segmentation with the codebook's cue words,
 * then measures, then figures, over every article of the samples and {@code ../shared/corpus},
 * on one thread. It prints characters per second of each step and of the three together, per
 * core (the thread's CPU time) and by the clock. Budget (DESIGN.md): the whole suggestion pass,
 * regions included, at least 500,000 characters per second per core.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify}; the third argument, if any, sets the passes.
 */
public final class SuggestionBenchmark {

    private static final int WARM_UP_PASSES = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Time spent in one step over all passes, and what it found. */
    private static final class Step {

        long cpuNanos;
        long wallNanos;
        long found;

        void add(long cpu, long wall, long count) {
            cpuNanos += cpu;
            wallNanos += wall;
            found += count;
        }
    }

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<Article> articles = articles(Path.of("seeds"), corpus);
        long characters = articles.stream().mapToLong(article -> CanonicalText.length(article.text())).sum();
        CueLexicon lexicon = defaultLexicon();
        HanlpSegmenter segmenter = HanlpSegmenter.withWords(lexicon.words());
        MeasureFinder measures = new MeasureFinder(lexicon);
        FigureFinder figures = new FigureFinder(lexicon);
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            run(articles, segmenter, measures, figures, new Step(), new Step(), new Step());
        }
        Step segmentation = new Step();
        Step measuring = new Step();
        Step reading = new Step();
        for (int pass = 0; pass < passes; pass++) {
            run(articles, segmenter, measures, figures, segmentation, measuring, reading);
        }
        System.out.printf("Suggestion finders: %d articles, %,d characters (code points), %d passes after %d to warm up,"
                + " one thread; %s %s; a new cue segmenter, as after an edit of the cue words, and its first"
                + " sentence: %.2f ms of CPU%n%n", articles.size(), characters, passes, WARM_UP_PASSES,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), newSegmenterMillis(lexicon));
        System.out.println("| step | words or mentions per pass | CPU s | characters/s per core "
                + "| characters/s by the clock |");
        System.out.println("|---|---:|---:|---:|---:|");
        long total = characters * passes;
        print("segmentation with cue words", segmentation, total, passes);
        print("measures", measuring, total, passes);
        print("figures", reading, total, passes);
        Step finders = sum(measuring, reading);
        print("measures + figures", finders, total, passes);
        print("segmentation + measures + figures", sum(segmentation, finders), total, passes);
    }

    /** Returns the median CPU time of making a cue segmenter and cutting one sentence with it. */
    private static double newSegmenterMillis(CueLexicon lexicon) {
        long[] times = new long[21];
        for (int i = 0; i < times.length; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            HanlpSegmenter.withWords(lexicon.words()).words("适时建立市县两级工作专班，共同推进重点产业招商。");
            times[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2] / 1e6;
    }

    private static void run(List<Article> articles, HanlpSegmenter segmenter, MeasureFinder measures,
            FigureFinder figures, Step segmentation, Step measuring, Step reading) {
        for (Article article : articles) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            SegmentedText words = segmenter.words(article.text());
            long cpuSegmented = THREADS.getCurrentThreadCpuTime();
            long wallSegmented = System.nanoTime();
            int measured = measures.find(article, words).size();
            long cpuMeasured = THREADS.getCurrentThreadCpuTime();
            long wallMeasured = System.nanoTime();
            int read = figures.find(article, words).size();
            long cpuRead = THREADS.getCurrentThreadCpuTime();
            long wallRead = System.nanoTime();
            segmentation.add(cpuSegmented - cpu, wallSegmented - wall, words.words().size());
            measuring.add(cpuMeasured - cpuSegmented, wallMeasured - wallSegmented, measured);
            reading.add(cpuRead - cpuMeasured, wallRead - wallMeasured, read);
        }
    }

    private static void print(String name, Step step, long characters, int passes) {
        System.out.printf("| %s | %,d | %.2f | %,.0f | %,.0f |%n", name, step.found / passes, step.cpuNanos / 1e9,
                characters / (step.cpuNanos / 1e9), characters / (step.wallNanos / 1e9));
    }

    private static Step sum(Step first, Step second) {
        Step sum = new Step();
        sum.add(first.cpuNanos + second.cpuNanos, first.wallNanos + second.wallNanos, first.found + second.found);
        return sum;
    }

    private static CueLexicon defaultLexicon() throws IOException {
        Path work = Files.createTempDirectory("flagmark-suggestion-bench-");
        try (Library library = Library.open(work.resolve("library.sqlite"))) {
            return CueLexicon.of(library.codebook().all());
        } finally {
            Folders.delete(work);
        }
    }

    private static List<Article> articles(Path... folders) throws IOException {
        Ingester ingester = new Ingester(HanlpSegmenter.get());
        List<Article> articles = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (ingester.read(file.toString(), Files.readAllBytes(file)) instanceof IngestResult.Articles read) {
                        articles.addAll(read.articles());
                    }
                }
            }
        }
        return articles;
    }
}
