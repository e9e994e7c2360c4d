package com.flagmark.app;

import javafx.concurrent.Task;

/** Runs each task at once on the calling thread, so a test sees its result on the next line. */
final class SynchronousExecutor implements TaskExecutor {

    @Override
    public <V> Task<V> execute(Task<V> task) {
        task.run();
        return task;
    }
}
