package com.flagmark.app;

import javafx.concurrent.Task;

/** Runs long work (import, loading the library, search) off the FX thread. */
public interface TaskExecutor {

    /** Starts the task; its state and progress properties update on the FX thread. */
    <V> Task<V> execute(Task<V> task);
}
