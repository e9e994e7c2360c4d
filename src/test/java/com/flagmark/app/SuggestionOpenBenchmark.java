package com.flagmark.app;

import com.flagmark.bench.Headless;
import com.flagmark.bench.Pulses;
import com.flagmark.bench.SyntheticCorpus;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.nlp.suggest.SuggestionPass;
import com.flagmark.usecase.ReviewedSuggestion;
import com.flagmark.usecase.SuggestionQuery;
import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;

/**
 * How soon an article's suggestions show when it is opened and none are stored yet: the real main
 * window, headless, on a library of a synthetic corpus; each article is selected in the list as a
 * user does, and the time is taken until the suggestions' dashed marks are in the reader's page
 * (loaded with the page, or swapped into it). The first opening is measured apart, in a Java of
 * its own that has loaded nothing of HanLP, the gazetteer or the pass: the window starts as the
 * launcher's does, holding the warm-up until its list shows, and the article is selected as the
 * list shows (as the window does with the article left open last time); both the first marks
 * (measures and outcomes, while the warm-up loads the gazetteer) and the whole list are timed.
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
    /** The argument that makes this program measure the first opening alone, in a Java of its own. */
    private static final String FIRST = "--first";
    /** The name of the thread that warms the pass up. */
    private static final String WARMING = "suggestions-warm-up";
    private static final String FX = "JavaFX Application Thread";
    /** The name of the thread that draws the scene's frames, WebKit's recorded paint among them. */
    private static final String RENDERER = "QuantumRenderer-0";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SuggestionOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Headless.use();
        if (args.length == 4 && args[0].equals(FIRST)) {
            firstOpening(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path work = Files.createTempDirectory("flagmark-suggest-open-");
        Path input = work.resolve("input");
        SyntheticCorpus.from(5, Path.of("seeds"), Path.of(args.length > 1 ? args[1] : "../shared/corpus")).write(input, size);
        Rows found = rowsWithSuggestions(input, work.resolve("copy.sqlite"));
        List<Integer> rows = found.rows();
        Path measured = work.resolve("library.sqlite");
        Path fresh = work.resolve("first.sqlite");
        for (Path library : List.of(measured, fresh)) {
            try (LibrarySession session = LibrarySession.open(library, "bench")) {
                session.importPath(input, 1).run(Progress.NONE);
            }
        }
        System.out.printf(Locale.ROOT, "%nThe first opening, in a Java of its own, as the list shows (load average"
                + " %.1f before)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        firstOpeningApart(fresh, found.firstRow(), found.firstCount());
        Preferences node = Preferences.userRoot().node("com/flagmark/bench/" + UUID.randomUUID());
        CompletableFuture<Started> started = new CompletableFuture<>();
        CompletableFuture<Void> listed = new CompletableFuture<>();
        Platform.startup(() -> started.complete(window(node, measured, listed)));
        MainView view = started.get(30, TimeUnit.SECONDS).view();
        try {
            listed.get(60, TimeUnit.SECONDS);
            onFx(() -> {
                started.get().suggestions().releaseBackgroundWork();
                LibraryViewModel list = started.get().list();
                started.get().suggestions().afterNextMarks(() -> releaseCheckLater(list));
                return null;
            });
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            open(view, rows.get(0));
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

    /**
     * The places in the list of the articles that have suggestions; the place of the first one
     * that names a region, opened first in a Java of its own, and how many suggestions it has.
     */
    private record Rows(List<Integer> rows, int firstRow, int firstCount) {
    }

    /** The places in the list (import order) of the articles that have suggestions, found in a library of their own. */
    private static Rows rowsWithSuggestions(Path input, Path copy) {
        try (LibrarySession session = LibrarySession.open(copy, "bench")) {
            session.importPath(input, 1).run(Progress.NONE);
            session.suggestions().computeMissing(List.of()).run(Progress.NONE);
            Set<Long> with = new TreeSet<>();
            session.suggestions().list(SuggestionQuery.everything())
                    .forEach(each -> with.add(each.suggestion().articleId()));
            List<Long> order = session.articles().stream().map(summary -> summary.id()).toList();
            List<Integer> rows = with.stream().map(order::indexOf).filter(row -> row >= 0).limit(1 + WARM_UP + MEASURED)
                    .toList();
            for (int row : rows) {
                List<ReviewedSuggestion> its = session.suggestions().list(SuggestionQuery.everything()
                        .inArticles(List.of(order.get(row))));
                if (its.stream().anyMatch(each -> each.suggestion().code().equals(SuggestionPass.REGION_CODE))) {
                    return new Rows(rows, row, its.size());
                }
            }
            throw new IllegalStateException("No article of the corpus names a region");
        }
    }

    /**
     * Runs {@link #firstOpening} in a Java of its own, which has loaded nothing of HanLP or the
     * pass, started with the settings the launcher gives the desktop app (asked of the launcher
     * itself, so that they cannot drift): its class-data sharing archive, which holds the classes
     * of {@code target/flagmark.jar} (first on the class path, as the archive wants), the quick
     * compiler alone and the desktop app's heap.
     */
    static void firstOpeningApart(Path library, int row, int count) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(launcherSettings(library));
        command.addAll(List.of("-classpath", Path.of("target", "flagmark.jar").toAbsolutePath() + File.pathSeparator
                + System.getProperty("java.class.path"), SuggestionOpenBenchmark.class.getName(), FIRST,
                library.toString(), Integer.toString(row), Integer.toString(count)));
        System.out.println("Java settings of the launcher's desktop app: " + String.join(" ", command.subList(1,
                command.indexOf("-classpath"))));
        Process child = new ProcessBuilder(command).inheritIO().start();
        if (!child.waitFor(5, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroy();
            throw new IllegalStateException("The first opening's run failed");
        }
    }

    /** The Java settings the launcher ({@code ./flagmark}) starts the desktop app on {@code library} with. */
    private static List<String> launcherSettings(Path library) throws Exception {
        Path jar = Path.of("target", "flagmark.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the first opening runs with the launcher's settings,"
                    + " which need the packaged jar and its archive");
        }
        ProcessBuilder ask = new ProcessBuilder("sh", Path.of("flagmark").toAbsolutePath().toString(), "--library",
                library.toString());
        ask.environment().put("FLAGMARK_PRINT_JAVA_OPTIONS", "1");
        Process launcher = ask.redirectErrorStream(true).start();
        List<String> settings = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().filter(line -> !line.isBlank()).toList();
        if (launcher.waitFor() != 0 || settings.isEmpty()) {
            throw new IllegalStateException("The launcher did not print its settings: " + settings);
        }
        return settings;
    }

    /**
     * Starts the window on {@code library} as the launcher does, holding the warm-up until the list
     * shows, selects the article at {@code row} as soon as it shows and prints the milliseconds to
     * its first marks and to all {@code count} of its suggestions shown, with the CPU every thread
     * used meanwhile and that of the threads reading the article's suggestions and warming up.
     */
    private static void firstOpening(Path library, int row, int count) throws Exception {
        Preferences node = Preferences.userRoot().node("com/flagmark/bench/" + UUID.randomUUID());
        CompletableFuture<Started> started = new CompletableFuture<>();
        CompletableFuture<Void> listed = new CompletableFuture<>();
        Platform.startup(() -> started.complete(window(node, library, listed)));
        Started window = started.get(30, TimeUnit.SECONDS);
        try {
            listed.get(60, TimeUnit.SECONDS);
            CompletableFuture<Long> whole = new CompletableFuture<>();
            ListChangeListener<ReviewedSuggestion> complete = change -> {
                if (change.getList().size() == count) {
                    whole.complete(System.nanoTime());
                }
            };
            // As the list shows, the window prepares the reader (ReaderView.prepare: it makes the
            // WebView and starts drawing its warm-up page) and then selects the article left open:
            // the making is timed apart. FLAGMARK_JAVA_OPTS=-Dbench.coldReader=true makes the
            // WebView with a placeholder alone instead, as before the warm-up page, to tell what it gains.
            long madeAt = System.nanoTime();
            long[] madeCpu = onFx(() -> {
                long before = THREADS.getCurrentThreadCpuTime();
                if (Boolean.getBoolean("bench.coldReader")) {
                    window.view().reader().engine();
                } else {
                    window.view().reader().warmUp();
                }
                return new long[] {before, THREADS.getCurrentThreadCpuTime()};
            });
            System.out.printf(Locale.ROOT, "Making the reader's WebView as the list shows, before the first opening%s:"
                    + " %.0f ms, %.0f ms of FX-thread CPU%n", Boolean.getBoolean("bench.coldReader") ? " (no warm-up page)"
                    : "", (System.nanoTime() - madeAt) / 1e6, (madeCpu[1] - madeCpu[0]) / 1e6);
            long cpuBefore = processCpuNanos();
            Map<String, Long> threadsBefore = threadCpuNanos();
            // As the window does when it reopens the article left open, the warm-up waits for the
            // article's first suggestions; FLAGMARK_JAVA_OPTS=-Dbench.warmUpWithTheList=true starts it
            // as the list shows instead, beside the opening, as before.
            boolean withTheList = Boolean.getBoolean("bench.warmUpWithTheList");
            onFx(() -> {
                window.suggestions().shown().addListener(complete);
                if (withTheList) {
                    window.suggestions().releaseBackgroundWork();
                } else {
                    window.suggestions().releaseBackgroundWorkAfterNextOpening();
                }
                // The check after opening waits for the first marks, as the window's does.
                window.suggestions().afterNextMarks(() -> releaseCheckLater(window.list()));
                return null;
            });
            Map<String, long[]> collectionsBefore = collections();
            FirstSteps steps = firstSteps(window, row);
            Map<String, long[]> collectionsFirst = collections();
            double first = (steps.marks().at() - steps.selected().at()) / 1e6;
            double cpuFirst = (processCpuNanos() - cpuBefore) / 1e6;
            Map<String, Long> threadsFirst = threadCpuNanos();
            double all = (whole.get(30, TimeUnit.SECONDS) - steps.selected().at()) / 1e6;
            double cpuAll = (processCpuNanos() - cpuBefore) / 1e6;
            Map<String, Long> threadsAll = threadCpuNanos();
            steps.print();
            System.out.printf(Locale.ROOT, "FX-thread CPU to the first marks: %.0f ms from the click, and %.0f ms before it"
                    + " (after the reader was made: the rest of its warm-up page, queued ahead of the click)%n",
                    (steps.marks().fxCpu() - steps.selected().fxCpu()) / 1e6,
                    (steps.selected().fxCpu() - threadsBefore.getOrDefault(FX, 0L)) / 1e6);
            printCollections(collectionsBefore, collectionsFirst);
            printBusiest(threadsBefore, threadsFirst);
            System.out.println("| the first opening, as the list shows | ms | CPU ms, every thread | CPU ms, FX"
                    + " thread | CPU ms, renderer | CPU ms, reading the article's suggestions | CPU ms, warming up |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            System.out.printf(Locale.ROOT, "| to its page drawn | %.0f | | | | | |%n",
                    (steps.painted().at() - steps.selected().at()) / 1e6);
            System.out.printf(Locale.ROOT, "| to its first marks | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", first,
                    cpuFirst, used(threadsBefore, threadsFirst, FX), used(threadsBefore, threadsFirst, RENDERER),
                    used(threadsBefore, threadsFirst, "suggestions"), used(threadsBefore, threadsFirst, WARMING));
            System.out.printf(Locale.ROOT, "| to all %d suggestions | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", count,
                    all, cpuAll, used(threadsBefore, threadsAll, FX), used(threadsBefore, threadsAll, RENDERER),
                    used(threadsBefore, threadsAll, "suggestions"), used(threadsBefore, threadsAll, WARMING));
        } finally {
            node.removeNode();
            Platform.exit();
        }
    }

    /**
     * A moment of the first opening: its wall time and the FX thread's CPU time then, in
     * nanoseconds, and the clock's milliseconds since the epoch, which tie it to a flight recording.
     */
    private record Moment(long at, long fxCpu, long clock) {

        /** Now, read on the FX thread. */
        static Moment now() {
            return new Moment(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), System.currentTimeMillis());
        }
    }

    /**
     * The moments of the first opening: the article selected, its text read and shown to the
     * window (when its suggestions' read started, before they were read ahead), its page loaded (the DOM ready and
     * the page's script run), its first layout and paint done (the second pulse after the load),
     * its first suggestions in the window, and their marks in the page.
     */
    private record FirstSteps(Moment selected, Moment text, Moment loaded, Moment painted, Moment arrived, Moment marks) {

        void print() {
            System.out.println("| the first opening, step by step | ms from the click | FX-thread CPU ms of the step |");
            System.out.println("|---|---:|---:|");
            row("the article's text read and shown to the window", selected, text);
            row("page loaded: article read, page written, loaded to DOM ready, its script run", selected, loaded);
            row("first layout and paint (to the second pulse after the load)", loaded, painted);
            // The window swaps marks into a loaded page as the suggestions arrive, before this
            // benchmark's listener hears of them; arriving before the page has loaded, they are
            // swapped in as it loads.
            System.out.printf(Locale.ROOT, "| the first suggestions reach the window%s | %.0f | |%n",
                    arrived.at() < loaded.at() ? ", before the page has loaded" : "",
                    (arrived.at() - selected.at()) / 1e6);
            row("their marks in the page", selected, marks);
            System.out.printf(Locale.ROOT, "The clock at the click and at the first marks, ms since the epoch: %d %d%n",
                    selected.clock(), marks.clock());
        }

        private void row(String step, Moment from, Moment to) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f |%n", step, (to.at() - selected.at()) / 1e6,
                    Math.max(0, to.fxCpu() - from.fxCpu()) / 1e6);
        }
    }

    /** Selects the article at {@code row} as the list shows and records the moments of its first opening. */
    private static FirstSteps firstSteps(Started window, int row) throws Exception {
        MainView view = window.view();
        WebEngine engine = onFx(() -> view.reader().engine());
        CompletableFuture<Moment> text = new CompletableFuture<>();
        ChangeListener<Optional<StoredArticle>> read = (property, before, now) -> {
            if (now.isPresent() && !text.isDone()) {
                text.complete(Moment.now());
            }
        };
        CompletableFuture<Moment> loaded = new CompletableFuture<>();
        CompletableFuture<Moment> painted = new CompletableFuture<>();
        CompletableFuture<Moment> arrived = new CompletableFuture<>();
        CompletableFuture<Moment> marks = new CompletableFuture<>();
        Moment[] selected = new Moment[1];
        ListChangeListener<ReviewedSuggestion> suggested = change -> {
            if (!change.getList().isEmpty() && !arrived.isDone()) {
                arrived.complete(Moment.now());
            }
        };
        // The reader counts a draw when the article's page has loaded (not the warm-up page's) and
        // when highlights are swapped into it.
        ChangeListener<Number> drawn = (property, before, now) -> {
            if (!loaded.isDone()) {
                loaded.complete(Moment.now());
                Pulses.after(view.getScene(), 2, () -> painted.complete(Moment.now()));
            }
            if (engine.getDocument() != null && hasMarks(engine) && !marks.isDone()) {
                marks.complete(Moment.now());
            }
        };
        onFx(() -> {
            window.suggestions().shown().addListener(suggested);
            window.article().articleProperty().addListener(read);
            view.reader().drawsProperty().addListener(drawn);
            selected[0] = Moment.now();
            view.libraryPane().table().getSelectionModel().clearAndSelect(row);
            return null;
        });
        try {
            return new FirstSteps(selected[0], text.get(30, TimeUnit.SECONDS), loaded.get(30, TimeUnit.SECONDS), painted.get(30, TimeUnit.SECONDS),
                    arrived.get(30, TimeUnit.SECONDS), marks.get(30, TimeUnit.SECONDS));
        } finally {
            onFx(() -> {
                window.suggestions().shown().removeListener(suggested);
                window.article().articleProperty().removeListener(read);
                view.reader().drawsProperty().removeListener(drawn);
                return null;
            });
        }
    }

    /** The count and milliseconds of each collector's collections so far, by its name. */
    private static Map<String, long[]> collections() {
        Map<String, long[]> byName = new HashMap<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            byName.put(collector.getName(), new long[] {collector.getCollectionCount(), collector.getCollectionTime()});
        }
        return byName;
    }

    /**
     * Prints the collections between two readings: each stops every thread, the FX thread among
     * them, so their time is in the first opening's wall time.
     */
    private static void printCollections(Map<String, long[]> before, Map<String, long[]> after) {
        StringBuilder line = new StringBuilder("Collections from the click to the first marks (every thread stopped):");
        after.forEach((name, now) -> {
            long[] then = before.getOrDefault(name, new long[2]);
            line.append(String.format(Locale.ROOT, " %s %d, %d ms;", name, now[0] - then[0], now[1] - then[1]));
        });
        System.out.println(line);
    }

    /** Prints the threads that used the most CPU between two readings, the busiest first. */
    private static void printBusiest(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder line = new StringBuilder("Threads' CPU from the click to the first marks, ms:");
        after.keySet().stream().sorted(Comparator.comparingDouble((String name) -> -used(before, after, name)))
                .limit(8).forEach(name -> line.append(String.format(Locale.ROOT, " %s %.0f;", name,
                        used(before, after, name))));
        System.out.println(line);
    }

    /** CPU milliseconds the thread of this name used between two readings. */
    private static double used(Map<String, Long> before, Map<String, Long> after, String thread) {
        return (after.getOrDefault(thread, 0L) - before.getOrDefault(thread, 0L)) / 1e6;
    }

    /** CPU nanoseconds of each live thread, by name. */
    private static Map<String, Long> threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                byName.merge(info.getThreadName(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())), Long::sum);
            }
        }
        return byName;
    }

    /** Lets the check after opening run a while after the first marks arrive, as the window does. */
    private static void releaseCheckLater(LibraryViewModel list) {
        FlagmarkApp.later(FlagmarkApp.CHECK_AFTER_MARKS, list.care()::releaseCheck);
    }

    /** The window and the view-models of its list and its suggestions. */
    private record Started(MainView view, LibraryViewModel list, ArticleViewModel article, SuggestionsViewModel suggestions) {
    }

    /**
     * The main window on {@code library}, holding the warm-up and background work until the
     * caller releases them, as the launcher holds them until the list shows.
     */
    private static Started window(Preferences node, Path library, CompletableFuture<Void> listed) {
        Workspace workspace = new Workspace(BackgroundExecutor.serial("library"), "bench");
        LibraryViewModel list = new LibraryViewModel(workspace, BackgroundExecutor.parallel("import"));
        ArticleViewModel article = new ArticleViewModel(workspace);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article,
                BackgroundExecutor.serial("suggestions"), BackgroundExecutor.serial(WARMING), new TaskExecutor() {
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
        suggestions.followFirstSuggestionsThrough(work -> FlagmarkApp.later(FlagmarkApp.WHOLE_AFTER_FIRST, work));
        suggestions.holdBackgroundWork();
        list.care().holdCheck();
        list.afterNextLoad(articles -> listed.complete(null));
        workspace.open(library);
        return new Started(view, list, article, suggestions);
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

    /**
     * Whether a suggestion's mark is in the page: asked of the page in one call, as walking its
     * spans through the DOM's Java objects cost the FX thread a few milliseconds of each page.
     */
    private static boolean hasMarks(WebEngine engine) {
        return Boolean.TRUE.equals(engine.executeScript("document.querySelector('span[data-sug]') !== null"));
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
