package com.flagmark.bench;

import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.model.CanonicalText;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.nlp.Tier;
import com.flagmark.nlp.region.Gazetteer;
import com.flagmark.nlp.region.RegionFinder;
import com.flagmark.nlp.region.RegionMention;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The region finder's benchmark: how long the gazetteer and its name index take to load on first
 * use and how much heap they keep, then how many characters per second one thread links to
 * regions over the canonical texts of the sample articles and {@code ../shared/corpus}. Budget
 * (DESIGN.md): the whole suggestion pass at least 500,000 characters per second per core, so the
 * region finder alone should be well above that.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify} (its region step), in a JVM of its own, so that
 * the first use really is the first.
 */
public final class RegionBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final long MEASURED_NANOS = 5_000_000_000L;

    private RegionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        System.out.printf("Region finder benchmark: %d cores, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.println("| first use | wall ms | thread CPU ms | heap kept MB |");
        System.out.println("|---|---:|---:|---:|");
        Load hanlp = Load.of(() -> HanlpSegmenter.get().segment("春节假期后上班第一天"));
        System.out.println(hanlp.row("HanLP's dictionaries (shared with the segmenter)"));
        Load gazetteer = Load.of(Gazetteer::shared);
        System.out.println(gazetteer.row(
                String.format("gazetteer (%,d divisions) read from the jar", Gazetteer.shared().size())));
        RegionFinder finder = new RegionFinder();
        Load index = Load.of(() -> finder.find("负责人吴新华在济南"));
        System.out.println(index.row("name index built, person-name model loaded, first text linked"));

        List<String> texts = texts(Path.of("seeds"), corpus);
        long characters = texts.stream().mapToLong(CanonicalText::length).sum();
        System.out.printf("%nLinking the regions of %d texts, %,d characters, on one thread:%n%n", texts.size(),
                characters);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            pass(finder, texts);
        }
        long cpuStart = threadCpu();
        long start = System.nanoTime();
        int rounds = 0;
        Counts counts = null;
        while (System.nanoTime() - start < MEASURED_NANOS) {
            counts = pass(finder, texts);
            rounds++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threadCpu() - cpuStart) / 1e9;
        System.out.println("| rounds | characters | s | characters/s (wall) | characters/s (thread CPU) "
                + "| mentions per round | high | low |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf("| %d | %,d | %.2f | %,.0f | %,.0f | %,d | %,d | %,d |%n", rounds, characters * rounds,
                seconds,
                characters * rounds / seconds, characters * rounds / cpuSeconds, counts.mentions(), counts.high(),
                counts.mentions() - counts.high());
    }

    private static Counts pass(RegionFinder finder, List<String> texts) {
        int mentions = 0;
        int high = 0;
        for (String text : texts) {
            for (RegionMention mention : finder.find(text)) {
                mentions++;
                high += mention.tier() == Tier.HIGH ? 1 : 0;
            }
        }
        return new Counts(mentions, high);
    }

    private static List<String> texts(Path... folders) throws IOException {
        Ingester ingester = new Ingester(HanlpSegmenter.get());
        List<String> texts = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    IngestResult result = ingester.read(file.toString(), Files.readAllBytes(file));
                    if (result instanceof IngestResult.Articles read) {
                        read.articles().stream().map(Article::text).filter(text -> !text.isEmpty()).forEach(texts::add);
                    }
                }
            }
        }
        return texts;
    }

    /** The heap still in use after a collection: what loaded data keeps, not what it churned through. */
    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private record Counts(int mentions, int high) {
    }

    /** What a first use cost: time on the wall and on this thread, and the heap it keeps. */
    private record Load(double wallMs, double cpuMs, long heapKept) {

        static Load of(Runnable firstUse) {
            long heapBefore = retainedHeap();
            long cpu = threadCpu();
            long start = System.nanoTime();
            firstUse.run();
            double wallMs = (System.nanoTime() - start) / 1e6;
            double cpuMs = (threadCpu() - cpu) / 1e6;
            return new Load(wallMs, cpuMs, retainedHeap() - heapBefore);
        }

        String row(String what) {
            return String.format("| %s | %.0f | %.0f | %.1f |", what, wallMs, cpuMs, heapKept / 1e6);
        }
    }
}
