package com.flagmark.bench;

import com.flagmark.app.ReaderListener;
import com.flagmark.app.ReaderView;
import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.StoryRef;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.render.Highlight;
import com.flagmark.render.ReaderHtml;
import com.flagmark.render.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The reader's part of the benchmark: opens articles with 200 highlights, many of them nested or
 * crossing, in a real WebView (headless) and prints the time from {@link ReaderView#show} to the
 * page loaded and laid out, p50/p95 over {@value #RUNS} opens of each article after
 * {@value #WARM_UP} to warm up. The articles are the longest sample and one long article made of
 * every sample's blocks; the two are opened in turn, so each open loads a new page.
 * Budget (DESIGN.md): under 150 ms. Runs from {@code ./mvnw -q -Pbench verify} after the
 * library benchmark; alone: {@code java -cp … com.flagmark.bench.ReaderBenchmark}.
 */
public final class ReaderBenchmark {

    private static final long SEED = 20222;
    private static final int HIGHLIGHTS = 200;
    private static final int WARM_UP = 10;
    private static final int RUNS = 20;
    private static final List<String> COLOURS = List.of("#C62828", "#1565C0", "#2E7D32", "#F9A825", "#6A1B9A",
            "#00838F", "#EF6C00", "#AD1457");

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Headless.use();
        List<Article> articles = articles(Path.of("seeds"));
        Random random = new Random(SEED);
        List<List<Highlight>> highlights = articles.stream().map(article -> highlights(article, random)).toList();

        CompletableFuture<ReaderView> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(reader()));
        ReaderView reader = started.get(30, TimeUnit.SECONDS);
        try {
            for (int run = 0; run < WARM_UP * articles.size(); run++) {
                open(reader, articles.get(run % articles.size()), highlights.get(run % articles.size()));
            }
            double[][] times = new double[articles.size()][RUNS];
            for (int run = 0; run < RUNS; run++) {
                for (int i = 0; i < articles.size(); i++) {
                    times[i][run] = open(reader, articles.get(i), highlights.get(i));
                }
            }
            print(articles, highlights, times);
        } finally {
            Platform.exit();
        }
    }

    private static ReaderView reader() {
        ReaderView reader = new ReaderView(url -> { }, new ReaderListener() {
            @Override
            public void selectionChanged(Optional<int[]> span) {
            }

            @Override
            public void highlightsClicked(List<Long> idsInnermostFirst) {
            }
        });
        Stage stage = new Stage();
        stage.setScene(new Scene(reader, 1000, 800));
        stage.show();
        return reader;
    }

    /** Shows an article and returns the milliseconds until its page has loaded and been laid out. */
    private static double open(ReaderView reader, Article article, List<Highlight> highlights) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Worker<Void> loading = reader.engine().getLoadWorker();
            long start = System.nanoTime();
            ChangeListener<Worker.State> whenLoaded = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Worker.State> property,
                        Worker.State before, Worker.State state) {
                    if (state == Worker.State.SUCCEEDED) {
                        loading.stateProperty().removeListener(this);
                        reader.engine().executeScript("document.body.getBoundingClientRect().height");
                        done.complete((System.nanoTime() - start) / 1e6);
                    }
                }
            };
            loading.stateProperty().addListener(whenLoaded);
            reader.show(article, highlights);
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /**
     * Highlights as a busy coder leaves them: spans of 2 to 60 characters anywhere, a third of
     * them nested inside an earlier one, so many overlap and cross paragraphs.
     */
    private static List<Highlight> highlights(Article article, Random random) {
        int length = CanonicalText.length(article.text());
        List<Highlight> highlights = new ArrayList<>();
        for (int id = 1; id <= HIGHLIGHTS; id++) {
            int start;
            int end;
            if (!highlights.isEmpty() && random.nextInt(3) == 0) {
                Highlight outer = highlights.get(random.nextInt(highlights.size()));
                start = outer.start() + random.nextInt(outer.length());
                end = start + 1 + random.nextInt(outer.end() - start);
            } else {
                start = random.nextInt(length - 2);
                end = Math.min(length, start + 2 + random.nextInt(59));
            }
            highlights.add(new Highlight(id, start, end, COLOURS.get(random.nextInt(COLOURS.size())), id == 1));
        }
        return highlights;
    }

    private static void print(List<Article> articles, List<List<Highlight>> highlights, double[][] times) {
        System.out.printf("%nReader: open an article with %d highlights in a headless WebView (budget 150 ms)%n%n",
                HIGHLIGHTS);
        System.out.println("| article | characters | blocks | overlapping highlights | page KB "
                + "| show → loaded and laid out p50 / p95 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            double[] sorted = times[i].clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %,d | %d | %d | %d | %.1f / %.1f |%n", i == 0 ? "longest sample" : "all samples in one",
                    CanonicalText.length(article.text()), article.blocks().size(), overlapping(highlights.get(i)),
                    ReaderHtml.page(article, highlights.get(i), ReaderOptions.DEFAULT).length() / 1024,
                    percentile(sorted, 50), percentile(sorted, 95));
        }
    }

    private static long overlapping(List<Highlight> highlights) {
        return highlights.stream().filter(one -> highlights.stream()
                .anyMatch(other -> other != one && one.start() < other.end() && other.start() < one.end())).count();
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The longest article of the samples, and one long article made of all their blocks. */
    private static List<Article> articles(Path samples) throws IOException {
        Ingester ingester = new Ingester(HanlpSegmenter.get());
        List<Article> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.sorted().toList()) {
                if (ingester.read(file.getFileName().toString(), Files.readAllBytes(file)) instanceof IngestResult.Articles read) {
                    all.addAll(read.articles());
                }
            }
        }
        Article longest = all.stream().max(Comparator.comparingInt(article -> article.text().length())).orElseThrow();
        List<Block> blocks = all.stream().flatMap(article -> article.blocks().stream()).toList();
        Article joined = new Article(Optional.of("全部样例"), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), blocks, StoryRef.SINGLE);
        return List.of(longest, joined);
    }
}
