package com.flagmark.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import javafx.concurrent.Task;

/** Runs tasks on daemon threads, so an unfinished task never keeps the app from quitting. */
final class BackgroundExecutor implements TaskExecutor {

    private final ExecutorService threads;

    private BackgroundExecutor(ExecutorService threads) {
        this.threads = threads;
    }

    /** Runs one task at a time, in the order they come: for work on one library connection. */
    static BackgroundExecutor serial(String name) {
        return new BackgroundExecutor(Executors.newSingleThreadExecutor(daemon(name)));
    }

    /** Runs each task at once on a thread of its own. */
    static BackgroundExecutor parallel(String name) {
        return new BackgroundExecutor(Executors.newCachedThreadPool(daemon(name)));
    }

    @Override
    public <V> Task<V> execute(Task<V> task) {
        threads.execute(task);
        return task;
    }

    private static ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
