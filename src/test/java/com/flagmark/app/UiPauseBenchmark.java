package com.flagmark.app;

import com.flagmark.bench.Headless;
import com.flagmark.bench.SyntheticCorpus;
import com.flagmark.ingest.ImportReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window's part of the benchmark: runs the real main window headless while it imports a
 * synthetic corpus, searches as a user types and opens articles, and measures how long the FX
 * thread was kept from answering: a heartbeat is posted to it every {@value #BEAT_MS} ms, and
 * for each phase the longest wait is printed, and how much of that wait the FX thread spent
 * working (its CPU time) rather than waiting for a core. Budget: it is never blocked by work for
 * more than 100 ms.
 * Runs from {@code ./mvnw -q -Pbench verify}; alone: {@code java -cp … com.flagmark.app.UiPauseBenchmark N}.
 */
public final class UiPauseBenchmark {

    private static final int BEAT_MS = 5;
    private static final List<String> TYPED = List.of("旗", "约", "约谈", "红", "红旗", "项目", "项目建", "项目建设",
            "复工", "复工复产", "招商", "招商引资", "5G", "OLED");

    private final List<long[]> waits = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile long fxThread = -1;
    private volatile boolean recording;

    private UiPauseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Headless.use();
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("flagmark-ui-");
        Path input = work.resolve("input");
        SyntheticCorpus.from(7, Path.of("seeds"), Path.of(args.length > 1 ? args[1] : "../shared/corpus")).write(input, size);
        new UiPauseBenchmark().run(work, input, size);
        try (Stream<Path> files = Files.walk(work)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void run(Path work, Path input, int size) throws Exception {
        Preferences node = Preferences.userRoot().node("com/flagmark/bench/" + UUID.randomUUID());
        CompletableFuture<Window> started = new CompletableFuture<>();
        Platform.startup(() -> {
            fxThread = Thread.currentThread().getId();
            started.complete(window(node));
        });
        Window window = started.get(30, TimeUnit.SECONDS);
        ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
        heart.scheduleAtFixedRate(this::beat, BEAT_MS, BEAT_MS, TimeUnit.MILLISECONDS);
        try {
            List<String> rows = new ArrayList<>();
            rows.add(phase("open an empty library (first layout)", () -> {
                CompletableFuture<Void> shown = loaded(window);
                onFx(() -> window.workspace().open(work.resolve("library.sqlite"))).get(10, TimeUnit.SECONDS);
                shown.get(30, TimeUnit.SECONDS);
            }));
            rows.add(phase("import " + size + " articles", () -> {
                CompletableFuture<Void> shown = loaded(window);
                ProgressTask<ImportReport> task = onFxValue(() -> window.library().importPath(input)).get(10, TimeUnit.SECONDS);
                task.get(30, TimeUnit.MINUTES);
                shown.get(60, TimeUnit.SECONDS);
            }));
            rows.add(phase("search as typed (" + TYPED.size() + " queries)", () -> {
                for (String query : TYPED) {
                    CompletableFuture<Void> shown = loaded(window);
                    onFx(() -> window.library().search(query)).get(10, TimeUnit.SECONDS);
                    shown.get(30, TimeUnit.SECONDS);
                }
            }));
            rows.add(phase("open 20 articles", () -> {
                for (int i = 0; i < 20; i++) {
                    int index = i;
                    onFx(() -> window.view().libraryPane().table().getSelectionModel().clearAndSelect(index))
                            .get(10, TimeUnit.SECONDS);
                    onFx(() -> { }).get(10, TimeUnit.SECONDS);
                }
            }));
            System.out.println();
            System.out.println("| while the window … | longest wait ms | of it working ms | longest work ms | waits over 100 ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
        } finally {
            heart.shutdownNow();
            node.removeNode();
            Platform.exit();
        }
    }

    private String phase(String name, Step step) throws Exception {
        synchronized (waits) {
            waits.clear();
        }
        recording = true;
        step.run();
        recording = false;
        synchronized (waits) {
            long[] longest = waits.stream().max(Comparator.comparingLong(wait -> wait[0])).orElse(new long[2]);
            long work = waits.stream().mapToLong(wait -> wait[1]).max().orElse(0);
            long over = waits.stream().filter(wait -> wait[0] > 100_000_000L).count();
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", name, longest[0] / 1e6, longest[1] / 1e6,
                    work / 1e6, over);
        }
    }

    private void beat() {
        long posted = System.nanoTime();
        long cpu = fxThread < 0 ? 0 : threads.getThreadCpuTime(fxThread);
        Platform.runLater(() -> {
            long waited = System.nanoTime() - posted;
            long worked = threads.getCurrentThreadCpuTime() - cpu;
            if (recording) {
                synchronized (waits) {
                    waits.add(new long[] {waited, worked});
                }
            }
        });
    }

    private static Window window(Preferences node) {
        Workspace workspace = new Workspace(BackgroundExecutor.serial("library"), "bench");
        LibraryViewModel library = new LibraryViewModel(workspace, BackgroundExecutor.parallel("import"));
        ArticleViewModel article = new ArticleViewModel(workspace);
        CodebookViewModel codebook = new CodebookViewModel(workspace);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article,
                BackgroundExecutor.serial("suggestions"), BackgroundExecutor.serial("suggestions-warm-up"),
                BackgroundExecutor.serial("suggestions-library"));
        MainView view = new MainView(workspace, library, article, codebook, suggestions, new AppSettings(node),
                FileDialogs.SYSTEM, url -> { }, new QuietApp());
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1200, 780));
        stage.show();
        return new Window(workspace, library, view);
    }

    /** Completes when the article list has next been loaded. */
    private static CompletableFuture<Void> loaded(Window window) throws Exception {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        onFx(() -> window.library().afterNextLoad(articles -> shown.complete(null))).get(10, TimeUnit.SECONDS);
        return shown;
    }

    private static CompletableFuture<Void> onFx(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            work.run();
            done.complete(null);
        });
        return done;
    }

    private static <T> CompletableFuture<T> onFxValue(Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(work.get()));
        return done;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private record Window(Workspace workspace, LibraryViewModel library, MainView view) {
    }
}
