package com.flagmark.library;

import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Block;
import com.flagmark.model.StoryRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Measures storing and searching a large library of articles made from real sentences (the
 * seeds and the corpus beside the project, shuffled). Not a test: run it by hand, as
 * {@code java -cp … com.flagmark.library.SearchBenchmark <library file> [articles]}; an
 * existing file with enough articles is reused. Figures are in
 * docs/decisions/0003-search-tokenizer.md.
 */
public final class SearchBenchmark {

    private static final int BATCH = 500;
    private static final int RUNS = 40;
    private static final int LIMIT = 50;
    private static final List<String> QUERIES = List.of(
            "旗", "的", "年", "鑫",
            "约谈", "红旗", "项目", "发展", "开门",
            "开门红", "项目建设", "营商环境", "春节假期", "高质量发展",
            "5G", "OLED", "2021", "项目 约谈", "发展 企业 项目");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path shared = Path.of(System.getProperty("flagmark.shared", "../shared"));
        try (Library library = Library.open(file)) {
            if (library.articles().count() < count) {
                fill(library, sentences(shared), count - library.articles().count());
            }
            System.out.printf("library: %d articles, %d MB%n", library.articles().count(),
                    (Files.size(file) + walSize(file)) >> 20);
            Map<String, List<Double>> byLength = new TreeMap<>();
            for (String query : QUERIES) {
                List<Double> times = measure(library, query);
                if (query.codePoints().allMatch(Character::isIdeographic)) {
                    byLength.computeIfAbsent(query.length() + "-character", key -> new ArrayList<>())
                            .addAll(times);
                }
            }
            byLength.forEach((group, times) -> {
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("%-12s queries: p50 %5.1f ms  p95 %5.1f ms  (%d runs)%n", group,
                        sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                        sorted.length);
            });
        }
    }

    private static void fill(Library library, List<String> sentences, int count) {
        Random random = new Random(20220208);
        long storing = 0;
        long characters = 0;
        int stored = 0;
        while (stored < count) {
            List<NewFile> batch = new ArrayList<>();
            for (int i = 0; i < BATCH && stored + i < count; i++) {
                Article article = article(random, sentences);
                characters += article.text().length();
                byte[] bytes = ("<html><body><h1>" + article.title().orElse("") + "</h1><p>"
                        + article.text().replace("\n", "</p><p>") + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                String sha = TestArticles.sha256(bytes);
                batch.add(new NewFile("bench/" + sha.substring(0, 12) + ".html", bytes, sha, "html",
                        "UTF-8", List.of(new NewArticle(article, sha))));
            }
            long started = System.nanoTime();
            library.importStore().store(batch);
            storing += System.nanoTime() - started;
            stored += batch.size();
        }
        double seconds = storing / 1e9;
        System.out.printf("stored %d articles (%.0f chars each) in %.1f s of store(): %.0f articles/s%n",
                stored, (double) characters / stored, seconds, stored / seconds);
    }

    private static Article article(Random random, List<String> sentences) {
        String title = pick(random, sentences);
        title = title.substring(0, Math.min(title.length(), 28));
        List<Block> blocks = new ArrayList<>();
        int paragraphs = 4 + random.nextInt(14);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder paragraph = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int s = 0; s < length; s++) {
                paragraph.append(pick(random, sentences));
            }
            blocks.add(Block.paragraph(paragraph.toString()));
        }
        LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1800));
        return new Article(Optional.of(title), Optional.empty(), Optional.of(ArticleDate.of(date)),
                Optional.of("大众日报"), List.of(), Optional.empty(), blocks, StoryRef.SINGLE);
    }

    private static String pick(Random random, List<String> sentences) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private static List<Double> measure(Library library, String query) {
        long coldStart = System.nanoTime();
        int hits = library.search().search(query, LIMIT).size();
        double cold = (System.nanoTime() - coldStart) / 1e6;
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            library.search().search(query, LIMIT);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("%-10s hits %3d  first %6.1f ms  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                query, hits, cold, times[RUNS / 2], times[(int) Math.ceil(RUNS * 0.95) - 1],
                times[RUNS - 1]);
        return Arrays.stream(times).boxed().toList();
    }

    /** Sentences of Chinese text from the seeds and the corpus, each at least half Han. */
    private static List<String> sentences(Path shared) throws IOException {
        LinkedHashSet<String> sentences = new LinkedHashSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(shared.resolve("seeds")),
                Files.walk(shared.resolve("corpus")))) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                String text = Jsoup.parse(path.toFile(), null).text();
                for (String sentence : text.split("(?<=[。！？])|\\s{2,}")) {
                    String trimmed = sentence.strip();
                    if (trimmed.length() >= 8 && trimmed.length() <= 150 && hanShare(trimmed) > 0.5) {
                        sentences.add(trimmed);
                    }
                }
            }
        }
        System.out.printf("%d distinct sentences of real text%n", sentences.size());
        return List.copyOf(sentences);
    }

    private static double hanShare(String text) {
        long han = text.codePoints().filter(Character::isIdeographic).count();
        return (double) han / text.codePointCount(0, text.length());
    }

    private static long walSize(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }
}
