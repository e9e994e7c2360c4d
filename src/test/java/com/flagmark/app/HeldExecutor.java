package com.flagmark.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Holds the work it is given until the test runs it, as a busy thread would; then runs it on the test's thread. */
final class HeldExecutor implements TaskExecutor {

    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
        held.add(() -> new SynchronousExecutor().submit(work, onDone, onFailed));
    }

    @Override
    public <V> Task<V> execute(Task<V> task) {
        held.add(task);
        return task;
    }

    /** How many pieces of work are held. */
    int held() {
        return held.size();
    }

    /** Runs the work held longest, which may hand on more. */
    void runNext() {
        held.remove().run();
    }

    /** Runs the work held last, as a thread of its own would while the work before it waits. */
    void runLast() {
        held.removeLast().run();
    }

    /** Runs all the work held, and what that work hands on to it, in order. */
    void runAll() {
        while (!held.isEmpty()) {
            held.remove().run();
        }
    }
}
