package com.flagmark.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs all work at once on the calling thread, so a test sees its result on the next line. */
final class SynchronousExecutor implements TaskExecutor {

    @Override
    public <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
        V result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailed.accept(failure);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public <V> Task<V> execute(Task<V> task) {
        task.run();
        return task;
    }
}
