package com.flagmark.bench;

import com.flagmark.bench.SuggestGold.Story;
import com.flagmark.library.Library;
import com.flagmark.model.CanonicalText;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.suggest.SuggestionPass;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The suggestion pass measured against the hand-made gold ({@code suggest/gold.yaml}): each
 * story's file is read by the importer, the pass runs with the default codebook's cue words and
 * the gold's source province, and the suggestions are scored per category (see
 * {@link SuggestScores} for the units) for the seed stories, the corpus articles and both. Then
 * the pass is timed over the same articles on one thread, per core (the thread's CPU time) and
 * by the clock, and every wrong and missed item is listed.
 *
 * <p>Targets: regions P and R at least 0.90 with 0.98 of links right; measures F1 at least 0.90;
 * outcomes high tier P at least 0.90 with R at least 0.75, both tiers R at least 0.95; at least
 * 500,000 characters per second per core. Run with {@code ./mvnw -q -Pbench verify
 * -Dbench.only=suggest}, or as a step of the whole benchmark; a second argument
 * {@code --scores-only} leaves out the timing.
 */
public final class SuggestGoldBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP_PASSES = 20;
    private static final long MEASURED_NANOS = 10_000_000_000L;

    private SuggestGoldBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<Story> stories = SuggestGold.read(corpus.toAbsolutePath().getParent());
        SuggestionPass pass = new SuggestionPass(defaultLexicon());
        SuggestScores seeds = new SuggestScores();
        SuggestScores others = new SuggestScores();
        SuggestScores both = new SuggestScores();
        for (Story story : stories) {
            var suggestions = pass.suggest(story.article(), story.sourceProvince());
            (story.seed() ? seeds : others).add(story, suggestions);
            both.add(story, suggestions);
        }
        long seedStories = stories.stream().filter(Story::seed).count();
        System.out.printf("Suggestions against the gold: %d seed stories, %d corpus articles; %s %s%n%n",
                seedStories, stories.size() - seedStories, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        printScores(seeds, others, both);
        if (!List.of(args).contains("--scores-only")) {
            printSpeed(pass, stories);
        }
        System.out.println("\nWrong and missed:\n");
        both.wrong.forEach(item -> System.out.println("- " + item));
    }

    private static void printScores(SuggestScores... groups) {
        System.out.println("| measure | target | seeds | corpus | both |");
        System.out.println("|---|---|---:|---:|---:|");
        row("regions P (forms, both tiers)", "≥ 0.90", groups, s -> s.formsRight, s -> s.formsSuggested);
        row("regions P (forms, high tier)", "", groups, s -> s.formsRightHigh, s -> s.formsSuggestedHigh);
        row("regions R", "≥ 0.90", groups, s -> s.regionsFound, s -> s.goldRegions);
        row("regions linked right", "≥ 0.98", groups, s -> s.linksRight, s -> s.regionsFound);
        row("measures P", "", groups, s -> s.measuresRight, s -> s.measuresSuggested);
        row("measures R", "", groups, s -> s.measuresRight, s -> s.goldMeasures);
        StringBuilder f1 = new StringBuilder("| measures F1 | ≥ 0.90 |");
        for (SuggestScores group : groups) {
            f1.append(String.format(" %.3f |", group.measureF1()[2]));
        }
        System.out.println(f1);
        row("outcomes high tier P", "≥ 0.90", groups, s -> s.highRight, s -> s.highSuggested);
        row("outcomes high tier R", "≥ 0.75", groups, s -> s.foundHigh, s -> s.goldOutcomes);
        row("outcomes both tiers R", "≥ 0.95", groups, s -> s.foundAny, s -> s.goldOutcomes);
        row("found outcomes: code right", "", groups, s -> s.codeRight, s -> s.foundAny);
        row("found outcomes: indicator right", "", groups, s -> s.indicatorRight, s -> s.foundAny);
        row("found outcomes: value right", "", groups, s -> s.valueRight, s -> s.foundAny);
        row("found outcomes: unit right", "", groups, s -> s.unitRight, s -> s.foundAny);
        row("found outcomes: asOf right", "", groups, s -> s.asOfRight, s -> s.foundAny);
        row("found outcomes: target right", "", groups, s -> s.targetRight, s -> s.foundAny);
    }

    private static void row(String name, String target, SuggestScores[] groups, ToIntFunction<SuggestScores> part,
            ToIntFunction<SuggestScores> whole) {
        StringBuilder row = new StringBuilder("| " + name + " | " + target + " |");
        for (SuggestScores group : groups) {
            int p = part.applyAsInt(group);
            int w = whole.applyAsInt(group);
            row.append(String.format(" %.3f (%d/%d) |", SuggestScores.ratio(p, w), p, w));
        }
        System.out.println(row);
    }

    private static void printSpeed(SuggestionPass pass, List<Story> stories) {
        long characters = stories.stream().mapToLong(story -> CanonicalText.length(story.article().text())).sum();
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            runAll(pass, stories);
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int rounds = 0;
        while (System.nanoTime() - start < MEASURED_NANOS) {
            runAll(pass, stories);
            rounds++;
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("%nThe whole pass (segmentation, regions, measures, figures) over these %d articles, "
                + "%,d characters, %d rounds after %d to warm up, one thread:%n%n", stories.size(), characters, rounds,
                WARM_UP_PASSES);
        System.out.println("| characters/s per core (thread CPU) | target | characters/s by the clock | ms per article |");
        System.out.println("|---:|---|---:|---:|");
        System.out.printf("| %,.0f | ≥ 500,000 | %,.0f | %.2f |%n", characters * rounds / cpuSeconds,
                characters * rounds / wallSeconds, cpuSeconds * 1000 / rounds / stories.size());
    }

    private static void runAll(SuggestionPass pass, List<Story> stories) {
        for (Story story : stories) {
            pass.suggest(story.article(), story.sourceProvince());
        }
    }

    private static CueLexicon defaultLexicon() throws IOException {
        Path work = Files.createTempDirectory("flagmark-suggest-gold-");
        try (Library library = Library.open(work.resolve("library.sqlite"))) {
            return CueLexicon.of(library.codebook().all());
        } finally {
            Folders.delete(work);
        }
    }
}
