package com.flagmark.bench;

import com.flagmark.usecase.LibrarySession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What computing suggestions costs an import: imports the same synthetic corpus twice with the
 * launcher, each in a process of its own, without and with {@code --suggest}, and prints both
 * rates, the difference, peak resident memory, and that every article then has its suggestions.
 * Runs from {@code ./mvnw -q -Pbench verify} ({@code -Dbench.only=review} alone).
 */
public final class SuggestImportBenchmark {

    private SuggestImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        Path work = Files.createTempDirectory("flagmark-suggest-import-");
        try {
            Path input = work.resolve("input");
            SyntheticCorpus.from(11 + size, Path.of("seeds"), corpus).write(input, size);
            ImportProcess.Outcome plain = ImportProcess.run(input, work.resolve("plain.sqlite"), work.resolve("plain.log"));
            Path suggested = work.resolve("suggested.sqlite");
            ImportProcess.Outcome withSuggestions = ImportProcess.run(input, suggested, work.resolve("suggested.log"),
                    List.of("--suggest"));
            if (plain.exitCode() != 0 || withSuggestions.exitCode() != 0) {
                System.out.println("An import failed:");
                Files.readAllLines(work.resolve(plain.exitCode() != 0 ? "plain.log" : "suggested.log"))
                        .forEach(System.out::println);
                return;
            }
            int articles;
            int missing;
            try (LibrarySession session = LibrarySession.open(suggested, "bench")) {
                articles = session.articleCount();
                missing = session.suggestions().missing(List.of());
            }
            System.out.printf(Locale.ROOT, "%nImport of %,d files (%,d articles) with the launcher, %d cores%n", size,
                    articles, Runtime.getRuntime().availableProcessors());
            System.out.println("| import | seconds | articles/s | CPU seconds | peak RSS MB |");
            System.out.println("|---|---:|---:|---:|---:|");
            row("without suggestions", plain, articles);
            row("with suggestions (--suggest)", withSuggestions, articles);
            System.out.printf(Locale.ROOT, "Suggestions cost %.1f s more by the clock, %.1f s more CPU (%.2f ms of CPU"
                    + " per article); articles left without suggestions: %d%n", withSuggestions.seconds() - plain.seconds(),
                    withSuggestions.cpuSeconds() - plain.cpuSeconds(),
                    (withSuggestions.cpuSeconds() - plain.cpuSeconds()) * 1000 / articles, missing);
        } finally {
            Folders.delete(work);
        }
    }

    private static void row(String name, ImportProcess.Outcome outcome, int articles) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %,.0f | %.1f | %d |%n", name, outcome.seconds(),
                articles / outcome.seconds(), outcome.cpuSeconds(), outcome.peakRssBytes() >> 20);
    }
}
