package com.flagmark.usecase;

import com.flagmark.model.Progress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Long work on an open library, such as importing a folder, exporting or importing annotations,
 * as a value that knows no toolkit: the app runs it on a thread of its own behind a progress bar,
 * the command line and the tests on the calling thread. It reports through {@link Progress} and
 * learns at its next step that {@link #stop()} was called; how it then ends is the work's own
 * (a folder import with a report of the files it finished, an export having written nothing).
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

    /** The work itself, reporting to the progress it is given. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress);
    }

    private final Work<T> work;
    private final Runnable afterwards;
    private final AtomicBoolean stopping = new AtomicBoolean();

    private BackgroundTask(Work<T> work, Runnable afterwards) {
        this.work = Objects.requireNonNull(work, "work");
        this.afterwards = Objects.requireNonNull(afterwards, "afterwards");
    }

    /** Returns a task of the work. */
    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work, () -> { });
    }

    /** Returns a task of the work that calls {@code afterwards} when it has ended, however it ended. */
    static <T> BackgroundTask<T> of(Work<T> work, Runnable afterwards) {
        return new BackgroundTask<>(work, afterwards);
    }

    /**
     * Runs the work on the calling thread and returns its result. Each step is passed on to
     * {@code watcher}; the work stops once this task was stopped or the watcher says so.
     */
    public T run(Progress watcher) {
        Objects.requireNonNull(watcher, "watcher");
        try {
            return work.run(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    watcher.update(done, total, message);
                }

                @Override
                public boolean isCancelled() {
                    return stopping.get() || watcher.isCancelled();
                }
            });
        } finally {
            afterwards.run();
        }
    }

    /** Asks the work to stop at its next step; safe from any thread. */
    public void stop() {
        stopping.set(true);
    }

    /** Tells whether the work was asked to stop. */
    public boolean stopped() {
        return stopping.get();
    }
}
