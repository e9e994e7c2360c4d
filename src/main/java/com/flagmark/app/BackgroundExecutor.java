package com.flagmark.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work on daemon threads, so unfinished work never keeps the app from quitting. */
final class BackgroundExecutor implements TaskExecutor {

    private final ExecutorService threads;

    private BackgroundExecutor(ExecutorService threads) {
        this.threads = threads;
    }

    /** Runs one piece of work at a time, in the order they come: for work on one library connection. */
    static BackgroundExecutor serial(String name) {
        return new BackgroundExecutor(Executors.newSingleThreadExecutor(daemon(name)));
    }

    /** Runs each piece of work at once on a thread of its own. */
    static BackgroundExecutor parallel(String name) {
        return new BackgroundExecutor(Executors.newCachedThreadPool(daemon(name)));
    }

    @Override
    public <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
        threads.execute(() -> {
            try {
                V result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception | Error failure) {
                Platform.runLater(() -> onFailed.accept(failure));
            }
        });
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
