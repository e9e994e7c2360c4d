package com.flagmark.app;

import com.flagmark.model.Progress;
import com.flagmark.usecase.Suggestions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The computation of the suggestions missing across the library, as the window runs it (decision
 * 0034): by itself when few articles lack them, as after an import of a folder; at the user's word
 * when many do, as when a large library is opened for the first time, since it then takes minutes
 * of CPU. It runs in rounds of a few articles on one core, waits while the user scrolls the list
 * or opens articles, and keeps nothing of an article once its suggestions are stored.
 */
final class LibraryWideSuggestions {

    /** Up to this many articles without suggestions are computed without asking: about half a minute of one core. */
    static final int AUTOMATIC = 5_000;
    /** Articles computed in one round, between two reports of progress: about a second of one core. */
    private static final int ROUND = 128;
    /** How long after the user's last scroll or opening the computation waits before its next round. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);
    private static final long PAUSE_MILLIS = 100;

    /**
     * Where the computation stands: how many articles had no current suggestions when it was last
     * counted, how many of them it has computed since, and whether it is running.
     */
    record State(int missing, int done, boolean running) {

        static final State NONE = new State(0, 0, false);

        /** Whether there is something to show the user: articles left without suggestions, or a run. */
        boolean shown() {
            return running || missing > done;
        }
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final Workspace workspace;
    private final TaskExecutor computing;
    private final int automatic;
    private final Consumer<List<Long>> computedSome;
    /** Counts the runs started; a round of an older run ends without going on. */
    private volatile long run;
    /** Whether the user asked for the whole library: every later change then computes what it leaves missing. */
    private boolean asked;
    private volatile long busySince = System.nanoTime() - QUIET_NANOS;

    /**
     * @param computing the executor the computation runs on, one round at a time
     * @param automatic up to how many articles without suggestions are computed without asking
     * @param computedSome gets, on the FX thread, the ids of the articles each round computed
     */
    LibraryWideSuggestions(Workspace workspace, TaskExecutor computing, int automatic, Consumer<List<Long>> computedSome) {
        this.workspace = workspace;
        this.computing = computing;
        this.automatic = automatic;
        this.computedSome = computedSome;
        workspace.onOpen(() -> asked = false);
    }

    /** Where the computation stands. */
    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * Counts the articles without current suggestions, stopping a run under way, and computes them
     * if they are few or the user asked for the whole library; otherwise leaves them to the user.
     */
    void refresh() {
        long current = ++run;
        workspace.readOn(computing, session -> session.suggestions().missingIds(List.of()), missing -> {
            if (current != run) {
                return;
            }
            if (missing.isEmpty() || (!asked && missing.size() > automatic)) {
                state.set(new State(missing.size(), 0, false));
                return;
            }
            state.set(new State(missing.size(), 0, true));
            round(current, missing, 0);
        });
    }

    /** Computes the suggestions of every article that has none, as the user asked. */
    void computeAll() {
        asked = true;
        refresh();
    }

    /** Stops the computation after the round at hand; what it computed stays. */
    void stop() {
        asked = false;
        run++;
        State now = state.get();
        state.set(new State(now.missing(), now.done(), false));
    }

    /** Tells the computation that the user is scrolling or reading, so it waits before its next round. */
    void userBusy() {
        busySince = System.nanoTime();
    }

    private void round(long current, List<Long> missing, int from) {
        List<Long> batch = missing.subList(from, Math.min(missing.size(), from + ROUND));
        // The wait holds no session, so a library closed meanwhile is not written to.
        computing.submit(() -> waitForQuiet(current), quiet -> {
            if (quiet && current == run) {
                workspace.readOn(computing, session -> session.suggestions()
                        .computeMissing(batch, Suggestions.Pace.ONE_CORE).run(Progress.NONE),
                        computed -> afterRound(current, missing, from + batch.size(), batch));
            }
        }, failure -> { });
    }

    private void afterRound(long current, List<Long> missing, int done, List<Long> batch) {
        if (current != run) {
            return;
        }
        computedSome.accept(batch);
        boolean more = done < missing.size();
        state.set(new State(missing.size(), done, more));
        if (more) {
            round(current, missing, done);
        }
    }

    /**
     * Waits, on the computing thread, until the user has left the list and the reader alone for a
     * moment; returns false if the run was stopped or replaced meanwhile.
     */
    private boolean waitForQuiet(long current) {
        while (System.nanoTime() - busySince < QUIET_NANOS) {
            if (current != run) {
                return false;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return current == run;
    }
}
