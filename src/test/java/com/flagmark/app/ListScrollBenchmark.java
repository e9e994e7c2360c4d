package com.flagmark.app;

import atlantafx.base.theme.PrimerLight;
import com.flagmark.bench.Headless;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The list of a large library scrolled and sorted in the real main window, headless, with the
 * app's own executors: a heartbeat posted to the FX thread every {@value #BEAT_MS} ms measures
 * the longest time it was kept from answering, and how much of that it spent working (its CPU
 * time) rather than waiting for a core; beside it, the collections that stopped every thread
 * meanwhile, a full collection being as long a stretch as any. Budget (issue 12): no stretch of
 * FX-thread work over 50 ms, no collection over 50 ms.
 */
public final class ListScrollBenchmark {

    private static final int BEAT_MS = 5;
    private static final int JUMPS = 60;
    private static final int PAGE_DOWNS = 100;

    private final List<long[]> waits = new ArrayList<>();
    /** The collections of the phase measured: each its pause in ms and whether it was a full one (1) or young (0). */
    private final List<long[]> collections = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile long fxThread = -1;
    private volatile boolean recording;

    private ListScrollBenchmark() {
    }

    /** Opens the library in a headless window, scrolls and sorts its list, and returns a table of the waits. */
    public static List<String> measure(Path library) throws Exception {
        Headless.use();
        return new ListScrollBenchmark().run(library);
    }

    private List<String> run(Path file) throws Exception {
        listenToCollections();
        Preferences node = Preferences.userRoot().node("com/flagmark/bench/" + UUID.randomUUID());
        CompletableFuture<Window> started = new CompletableFuture<>();
        Platform.startup(() -> {
            fxThread = Thread.currentThread().getId();
            started.complete(window(node));
        });
        Window window = started.get(60, TimeUnit.SECONDS);
        // The window's first styling and layout belong to its start, which the launches time, not to the list's opening.
        onFx(() -> {
            window.view().applyCss();
            window.view().layout();
        }).get(60, TimeUnit.SECONDS);
        settle();
        ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
        heart.scheduleAtFixedRate(this::beat, BEAT_MS, BEAT_MS, TimeUnit.MILLISECONDS);
        List<String> rows = new ArrayList<>();
        rows.add("| while the list … | longest wait ms | of it working ms | longest work ms | waits over 50 ms"
                + " | collections (full) | longest collection ms |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|");
        try {
            rows.add(phase("opens (ids and first page read)", () -> {
                CompletableFuture<Void> shown = loaded(window);
                onFx(() -> {
                    // As the app does: the suggestions' work and the check in the background wait for the list to show.
                    window.suggestions().holdBackgroundWork();
                    window.library().care().holdCheck();
                    window.workspace().open(file);
                }).get(10, TimeUnit.SECONDS);
                shown.get(120, TimeUnit.SECONDS);
                onFx(() -> NextLayout.then(window.view().getScene(), () -> {
                    window.suggestions().releaseBackgroundWork();
                    // No article is opened here: the app's check waits for that as long as this.
                    FlagmarkApp.later(FlagmarkApp.CHECK_UNLESS_OPENED, window.library().care()::releaseCheck);
                })).get(10, TimeUnit.SECONDS);
            }));
            TableView<Long> table = window.view().libraryPane().table();
            int size = onFxValue(() -> table.getItems().size());
            rows.add(phase("scrolls a screen at a time (" + PAGE_DOWNS + "×)", () -> {
                for (int i = 0; i < PAGE_DOWNS; i++) {
                    int row = i * 25;
                    onFx(() -> table.scrollTo(row)).get(10, TimeUnit.SECONDS);
                    settle();
                }
            }));
            rows.add(phase("jumps through the whole list (" + JUMPS + "×)", () -> {
                for (int i = 0; i < JUMPS; i++) {
                    int row = (int) ((long) size * i / JUMPS);
                    onFx(() -> table.scrollTo(row)).get(10, TimeUnit.SECONDS);
                    settle();
                }
            }));
            for (TableColumn<Long, ?> column : onFxValue(() -> List.copyOf(table.getColumns()))) {
                for (TableColumn.SortType type : TableColumn.SortType.values()) {
                    rows.add(phase("sorts by " + column.getText() + " " + type.name().toLowerCase(Locale.ROOT), () -> {
                        CompletableFuture<Void> shown = loaded(window);
                        onFx(() -> {
                            column.setSortType(type);
                            table.getSortOrder().setAll(List.of(column));
                        }).get(10, TimeUnit.SECONDS);
                        shown.get(120, TimeUnit.SECONDS);
                        settle();
                    }));
                }
            }
            rows.add(String.format(Locale.ROOT, "%nHeap used after: %d MB; %d articles listed.", usedHeap() >> 20, size));
            return rows;
        } finally {
            heart.shutdownNow();
            node.removeNode();
            Platform.exit();
        }
    }

    private String phase(String name, Step step) throws Exception {
        synchronized (waits) {
            waits.clear();
            collections.clear();
        }
        recording = true;
        step.run();
        recording = false;
        synchronized (waits) {
            long[] longest = waits.stream().max(Comparator.comparingLong(wait -> wait[0])).orElse(new long[2]);
            long work = waits.stream().mapToLong(wait -> wait[1]).max().orElse(0);
            long over = waits.stream().filter(wait -> wait[0] > 50_000_000L).count();
            long full = collections.stream().filter(collection -> collection[1] == 1).count();
            long pause = collections.stream().mapToLong(collection -> collection[0]).max().orElse(0);
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %d (%d) | %d |", name, longest[0] / 1e6,
                    longest[1] / 1e6, work / 1e6, over, collections.size(), full, pause);
        }
    }

    /** Records each collection while a phase is measured: the JVM tells of it just after it ends. */
    private void listenToCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!recording || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                synchronized (waits) {
                    collections.add(new long[] {info.getGcInfo().getDuration(), info.getGcAction().contains("major") ? 1 : 0});
                }
            }, null, null);
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

    /** Lets the pages asked for arrive and be shown: two rounds through the library executor and the FX thread. */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            onFx(() -> { }).get(10, TimeUnit.SECONDS);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The app's window as the app makes it: its theme, its Chinese fonts and its stylesheet. */
    private static Window window(Preferences node) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiFonts.applyToEveryWindow();
        Workspace workspace = new Workspace(BackgroundExecutor.serial("library"), "bench");
        LibraryViewModel library = new LibraryViewModel(workspace, BackgroundExecutor.parallel("import"));
        ArticleViewModel article = new ArticleViewModel(workspace);
        CodebookViewModel codebook = new CodebookViewModel(workspace);
        // The suggestions on the executors the app gives them, so the list is measured beside their work.
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article,
                BackgroundExecutor.serial("suggestions"), BackgroundExecutor.serial("suggestions-warm-up"),
                BackgroundExecutor.serial("suggestions-library"));
        MainView view = new MainView(workspace, library, article, codebook, suggestions, new AppSettings(node),
                FileDialogs.SYSTEM, url -> { }, new QuietApp());
        Stage stage = new Stage();
        // Within Monocle's headless screen (1280×800), which a wider window overflows on every frame.
        Scene scene = new Scene(view, 1280, 768);
        scene.getStylesheets().add(Objects.requireNonNull(FlagmarkApp.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        return new Window(workspace, library, suggestions, view);
    }

    /** Completes when the article list has next been read and shown. */
    private static CompletableFuture<Void> loaded(Window window) throws Exception {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        onFx(() -> window.library().afterNextLoad(count -> shown.complete(null))).get(10, TimeUnit.SECONDS);
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

    private static <T> T onFxValue(java.util.function.Supplier<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(work.get()));
        return done.get(10, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private record Window(Workspace workspace, LibraryViewModel library, SuggestionsViewModel suggestions, MainView view) {
    }
}
