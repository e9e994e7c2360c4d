package com.flagmark.app;

import com.flagmark.bench.Headless;
import com.flagmark.bench.SyntheticCorpus;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.SuggestionQuery;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How soon an article's suggestions show when it is opened and none are stored yet: the real main
 * window, headless, on a library of a synthetic corpus; each article is selected in the list as a
 * user does, and the time is taken until the suggestions' dashed marks are in the reader's page
 * (loaded with the page, or swapped into it). The first opening, right after the list shows and
 * while HanLP, the gazetteer and the pass may still be warming up, is reported apart.
 * Only articles that have suggestions are opened (found in a copy of the library, so the one
 * measured has none stored), then the same articles again, their suggestions now stored, which
 * tells what computing them adds; 60 openings before those measured let the JIT compile the code
 * of the window, WebKit and the pass. Budget: 200 ms.
 * Runs from {@code ./mvnw -q -Pbench verify} ({@code -Dbench.only=review} alone).
 */
public final class SuggestionOpenBenchmark {

    /** Pages the reader has loaded while articles were being opened: one an opening, when suggestions swap in. */
    private static int pageLoads;
    /** Openings before those measured, their suggestions not stored either. */
    private static final int WARM_UP = 60;
    /** Openings measured, once with suggestions not stored and once with them stored. */
    private static final int MEASURED = 200;

    private SuggestionOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Headless.use();
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path work = Files.createTempDirectory("flagmark-suggest-open-");
        Path input = work.resolve("input");
        SyntheticCorpus.from(5, Path.of("seeds"), Path.of(args.length > 1 ? args[1] : "../shared/corpus")).write(input, size);
        List<Integer> rows = rowsWithSuggestions(input, work.resolve("copy.sqlite"));
        Path measured = work.resolve("library.sqlite");
        try (LibrarySession session = LibrarySession.open(measured, "bench")) {
            session.importPath(input, 1).run(Progress.NONE);
        }
        Preferences node = Preferences.userRoot().node("com/flagmark/bench/" + UUID.randomUUID());
        CompletableFuture<MainView> started = new CompletableFuture<>();
        CompletableFuture<Void> listed = new CompletableFuture<>();
        Platform.startup(() -> started.complete(window(node, measured, listed)));
        MainView view = started.get(30, TimeUnit.SECONDS);
        try {
            listed.get(60, TimeUnit.SECONDS);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double first = open(view, rows.get(0));
            // The JIT compiles the window's, WebKit's and the pass's code over the first openings:
            // without these, whichever run came first would pay for it.
            openEach(view, rows.subList(1, 1 + WARM_UP));
            List<Integer> measuredRows = rows.subList(1 + WARM_UP, rows.size());
            Openings uncached = openEach(view, measuredRows);
            Openings stored = openEach(view, measuredRows);
            System.out.printf(Locale.ROOT, "%nOpening an article to its page with its suggestions' marks (%d articles,"
                    + " %d cores); CPU: of the whole process, every thread (FX, WebView, the pass, SQLite, the"
                    + " collector), per opening; load average %.1f before, %.1f after%n", uncached.times().size(),
                    Runtime.getRuntime().availableProcessors(), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("| opening | p50 ms | p95 ms | max ms | CPU ms | pages loaded |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            System.out.printf(Locale.ROOT, "| the first, right after the list shows (HanLP warming up) | %.0f | | | | |%n",
                    first);
            uncached.print("each after it, suggestions not stored");
            stored.print("the same again, suggestions stored");
        } finally {
            node.removeNode();
            Platform.exit();
            try (Stream<Path> files = Files.walk(work)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Opens each article of {@code rows} in turn; returns the times, sorted, and the CPU time per opening. */
    private static Openings openEach(MainView view, List<Integer> rows) throws Exception {
        List<Double> times = new ArrayList<>();
        pageLoads = 0;
        long cpuBefore = processCpuNanos();
        for (int row : rows) {
            times.add(open(view, row));
        }
        double cpuPerOpening = (processCpuNanos() - cpuBefore) / 1e6 / times.size();
        times.sort(Comparator.naturalOrder());
        return new Openings(times, cpuPerOpening, (double) pageLoads / times.size());
    }

    /** The times of a run of openings, sorted, its CPU milliseconds and the pages loaded per opening. */
    private record Openings(List<Double> times, double cpuPerOpening, double loadsPerOpening) {

        void print(String name) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.2f |%n", name, percentile(times, 50),
                    percentile(times, 95), times.get(times.size() - 1), cpuPerOpening, loadsPerOpening);
        }
    }

    /** The places in the list (import order) of the articles that have suggestions, found in a library of their own. */
    private static List<Integer> rowsWithSuggestions(Path input, Path copy) {
        try (LibrarySession session = LibrarySession.open(copy, "bench")) {
            session.importPath(input, 1).run(Progress.NONE);
            session.suggestions().computeMissing(List.of()).run(Progress.NONE);
            Set<Long> with = new TreeSet<>();
            session.suggestions().list(SuggestionQuery.everything())
                    .forEach(each -> with.add(each.suggestion().articleId()));
            List<Long> order = session.articles().stream().map(summary -> summary.id()).toList();
            return with.stream().map(order::indexOf).filter(row -> row >= 0).limit(1 + WARM_UP + MEASURED).toList();
        }
    }

    private static MainView window(Preferences node, Path library, CompletableFuture<Void> listed) {
        Workspace workspace = new Workspace(BackgroundExecutor.serial("library"), "bench");
        LibraryViewModel list = new LibraryViewModel(workspace, BackgroundExecutor.parallel("import"));
        ArticleViewModel article = new ArticleViewModel(workspace);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article,
                BackgroundExecutor.serial("suggestions"), new TaskExecutor() {
                    @Override
                    public <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
                        // The library-wide background run would store what is measured here; it does not run.
                    }

                    @Override
                    public <V> Task<V> execute(Task<V> task) {
                        return task;
                    }
                });
        MainView view = new MainView(workspace, list, article, new CodebookViewModel(workspace), suggestions,
                new AppSettings(node), FileDialogs.SYSTEM, url -> { }, new QuietApp());
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1200, 780));
        stage.show();
        list.afterNextLoad(articles -> listed.complete(null));
        workspace.open(library);
        return view;
    }

    /**
     * Selects the article at {@code row} and returns the milliseconds until its suggestions' marks
     * are in the reader's page, whether the page loaded with them or they were swapped into it.
     */
    private static double open(MainView view, int row) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] start = new long[1];
        WebEngine engine = onFx(() -> view.reader().engine());
        ChangeListener<Worker.State> loads = (property, before, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                pageLoads++;
            }
        };
        ChangeListener<Number> drawn = (property, before, now) -> {
            if (engine.getDocument() != null && hasMarks(engine)) {
                shown.complete(System.nanoTime());
            }
        };
        onFx(() -> {
            engine.getLoadWorker().stateProperty().addListener(loads);
            view.reader().drawsProperty().addListener(drawn);
            start[0] = System.nanoTime();
            view.libraryPane().table().getSelectionModel().clearAndSelect(row);
            return null;
        });
        try {
            return (shown.get(30, TimeUnit.SECONDS) - start[0]) / 1e6;
        } finally {
            onFx(() -> {
                engine.getLoadWorker().stateProperty().removeListener(loads);
                view.reader().drawsProperty().removeListener(drawn);
                return null;
            });
        }
    }

    private static boolean hasMarks(WebEngine engine) {
        NodeList spans = engine.getDocument().getElementsByTagName("span");
        for (int i = 0; i < spans.getLength(); i++) {
            if (((Element) spans.item(i)).hasAttribute("data-sug")) {
                return true;
            }
        }
        return false;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception failure) {
                done.completeExceptionally(failure);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }
}
