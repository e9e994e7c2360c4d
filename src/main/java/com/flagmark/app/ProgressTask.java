package com.flagmark.app;

import com.flagmark.model.Progress;
import com.flagmark.usecase.BackgroundTask;
import java.util.Optional;
import javafx.concurrent.Task;

/**
 * A {@link BackgroundTask} as the window shows it: a JavaFX task whose progress bar and message
 * follow the work's steps in the user's language, and whose {@link #stop()} asks the work to
 * stop at its next step. Each kind of work ends its own way when stopped: see its use case.
 */
final class ProgressTask<V> extends Task<V> {

    private final BackgroundTask<V> work;
    private final Optional<String> startKey;
    private final Wording wording;

    /**
     * Shows the work's progress with the message {@code wording} gives the steps done and their
     * total, and before the first step the one of {@code startKey}, if any.
     */
    ProgressTask(BackgroundTask<V> work, Optional<String> startKey, Wording wording) {
        this.work = work;
        this.startKey = startKey;
        this.wording = wording;
    }

    @Override
    protected V call() {
        startKey.ifPresent(key -> updateMessage(Messages.get(key)));
        return work.run(new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // The use cases report in English; the window words the steps in its own language.
                updateProgress(done, total);
                updateMessage(wording.of(done, total));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
    }

    /** Asks the work to stop at its next step; safe from any thread. */
    void stop() {
        work.stop();
    }

    /** Tells whether the user asked the work to stop. */
    boolean stopped() {
        return work.stopped();
    }

    /** The progress message for the steps done and their total, in the window's language. */
    @FunctionalInterface
    interface Wording {

        String of(long done, long total);

        /** Words steps as they are counted, with the message {@code key}. */
        static Wording counted(String key) {
            return (done, total) -> Messages.get(key, done, total);
        }

        /** Words steps counted in bytes as whole megabytes, with the message {@code key}. */
        static Wording megabytes(String key) {
            return (done, total) -> Messages.get(key, done >> 20, total >> 20);
        }
    }
}
