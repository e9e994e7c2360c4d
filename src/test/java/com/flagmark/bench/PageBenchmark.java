package com.flagmark.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How well Flagmark reads real web pages, against the hand-made gold in
 * {@code src/test/resources/pages/gold}: each page of {@code ../shared/corpus/html2} and
 * {@code html} goes through the importer as a file would, and its body, date, authors and
 * credits are compared with the gold. Prints, for each folder and both together, the body's
 * character-bag precision, recall and F1 averaged over pages, dates right at the gold's
 * precision, authors right and credits with their roles right; then every page under F1 0.95.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify -Dbench.only=pages}, or as a step of the whole
 * benchmark.
 */
public final class PageBenchmark {

    private static final Path GOLD = Path.of("src/test/resources/pages/gold");
    private static final List<String> FOLDERS = List.of("html2", "html");
    private static final double GOOD_F1 = 0.95;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One page's gold, as the gold's README describes it. */
    record PageGold(String file, String kind, String date, List<Credit> authors, List<String> body) {
    }

    /** A person the gold credits, with the role id (reporter, editor…). */
    record Credit(String name, String role) {
    }

    private PageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Ingester ingester = new Ingester(HanlpSegmenter.get());
        List<PageScore> scores = new ArrayList<>();
        for (Path goldFile : goldFiles()) {
            PageGold gold = JSON.readValue(goldFile.toFile(), PageGold.class);
            Path page = corpus.resolve(gold.file());
            IngestResult result = ingester.read(page.getFileName().toString(), Files.readAllBytes(page));
            scores.add(PageScore.of(gold, result));
        }
        System.out.printf("Flagmark page reading against the gold of %d pages (%s)%n%n", scores.size(), corpus);
        System.out.println("| pages | n | body P | body R | body F1 | F1 ≥ 0.95 | dates right | authors right "
                + "| credits right | skipped |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String folder : FOLDERS) {
            System.out.println(Summary.of(folder, scores.stream().filter(s -> s.folder().equals(folder)).toList()));
        }
        System.out.println(Summary.of("both", scores));
        System.out.printf("%nPages under F1 %.2f:%n", GOOD_F1);
        scores.stream().filter(score -> score.bag().f1() < GOOD_F1)
                .sorted((a, b) -> Double.compare(a.bag().f1(), b.bag().f1()))
                .forEach(score -> System.out.println("  " + score.describe()));
        System.out.println("\nDates not right:");
        scores.stream().filter(score -> score.dateRight().filter(right -> !right).isPresent())
                .forEach(score -> System.out.println("  " + score.file() + "  gold " + score.goldDate()
                        + "  flagmark " + score.flagmarkDate()));
        System.out.println("\nAuthors not right:");
        scores.stream().filter(score -> score.authorsRight().filter(right -> !right).isPresent())
                .forEach(score -> System.out.println("  " + score.file() + "  gold " + score.goldAuthors()
                        + "  flagmark " + score.flagmarkAuthors()));
        System.out.println("\nCredits not right:");
        scores.stream().filter(score -> score.creditsRight().filter(right -> !right).isPresent())
                .forEach(score -> System.out.println("  " + score.file() + "  gold " + score.goldCredits()
                        + "  flagmark " + score.flagmarkCredits()));
    }

    private static List<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * How one page was read. The date, authors and credits are empty where the gold gives none,
     * so the page does not count towards that figure.
     */
    record PageScore(String file, String folder, CharacterBag.Score bag, boolean skipped, String goldDate,
            String flagmarkDate, Optional<Boolean> dateRight, Set<String> goldAuthors, Set<String> flagmarkAuthors,
            Optional<Boolean> authorsRight, Set<String> goldCredits, Set<String> flagmarkCredits,
            Optional<Boolean> creditsRight) {

        static PageScore of(PageGold gold, IngestResult result) {
            List<Article> articles = result instanceof IngestResult.Articles read ? read.articles() : List.of();
            String text = articles.stream().map(Article::text).collect(Collectors.joining("\n"));
            CharacterBag.Score bag = CharacterBag.score(text, String.join("\n", gold.body()));
            Optional<Article> first = articles.stream().findFirst();
            String flagmarkDate = first.flatMap(Article::date).map(PageBenchmark::withoutZone).orElse("");
            String goldDate = gold.date() == null ? "" : gold.date();
            Optional<Boolean> dateRight = goldDate.isEmpty() ? Optional.empty()
                    : Optional.of(flagmarkDate.length() >= goldDate.length()
                            && flagmarkDate.substring(0, goldDate.length()).equals(goldDate));
            List<Credit> credits = gold.authors() == null ? List.of() : gold.authors();
            Set<String> goldAuthors = credits.stream().filter(PageBenchmark::isAuthor).map(Credit::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> flagmarkAuthors = first.map(Article::authors).orElse(List.of()).stream()
                    .map(Author::name).collect(Collectors.toCollection(TreeSet::new));
            Set<String> goldCredits = credits.stream().map(c -> c.name() + "/" + c.role())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> flagmarkCredits = first.map(Article::credits).orElse(List.of()).stream()
                    .map(author -> author.name() + "/" + author.creditRole().id())
                    .collect(Collectors.toCollection(TreeSet::new));
            return new PageScore(gold.file(), Path.of(gold.file()).getParent().toString(), bag, articles.isEmpty(),
                    goldDate, flagmarkDate, dateRight, goldAuthors, flagmarkAuthors,
                    goldAuthors.isEmpty() ? Optional.empty() : Optional.of(goldAuthors.equals(flagmarkAuthors)),
                    goldCredits, flagmarkCredits,
                    goldCredits.isEmpty() ? Optional.empty() : Optional.of(goldCredits.equals(flagmarkCredits)));
        }

        String describe() {
            return String.format("%.3f  (P %.3f R %.3f%s)  %s", bag.f1(), bag.precision(), bag.recall(),
                    skipped ? ", skipped" : "", file);
        }
    }

    /** A row of the table: averages and counts over a set of pages. */
    record Summary(String name, List<PageScore> pages) {

        static String of(String name, List<PageScore> pages) {
            return new Summary(name, pages).row();
        }

        private String row() {
            return String.format("| %s | %d | %.3f | %.3f | %.3f | %d | %s | %s | %s | %d |", name, pages.size(),
                    average(CharacterBag.Score::precision), average(CharacterBag.Score::recall),
                    average(CharacterBag.Score::f1), pages.stream().filter(p -> p.bag().f1() >= GOOD_F1).count(),
                    ratio(PageScore::dateRight), ratio(PageScore::authorsRight), ratio(PageScore::creditsRight),
                    pages.stream().filter(PageScore::skipped).count());
        }

        private double average(ToDoubleFunction<CharacterBag.Score> measure) {
            return pages.stream().mapToDouble(page -> measure.applyAsDouble(page.bag())).average().orElse(0);
        }

        private String ratio(Function<PageScore, Optional<Boolean>> right) {
            List<Boolean> counted = pages.stream().map(right).flatMap(Optional::stream).toList();
            long good = counted.stream().filter(Boolean::booleanValue).count();
            return String.format("%d/%d (%.0f %%)", good, counted.size(),
                    counted.isEmpty() ? 0 : 100.0 * good / counted.size());
        }
    }

    private static boolean isAuthor(Credit credit) {
        return Set.of("reporter", "correspondent", "author").contains(credit.role());
    }

    /** The date as the gold writes it: ISO 8601 without a zone, the page's own clock time. */
    private static String withoutZone(ArticleDate date) {
        return date.iso().substring(0, date.time().isPresent() ? "2011-03-02T10:12:05".length() : "2011-03-02".length());
    }
}
