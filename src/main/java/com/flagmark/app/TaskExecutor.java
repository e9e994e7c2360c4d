package com.flagmark.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread: library reads and writes, searches, imports. Results and
 * failures come back on the FX thread. Tests use a synchronous executor, so view-models can be
 * tested without the toolkit.
 */
interface TaskExecutor {

    /** Runs the work; then {@code onDone} gets its result, or {@code onFailed} what went wrong. */
    <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed);

    /** Starts a task that reports progress, such as an import. */
    <V> Task<V> execute(Task<V> task);
}
