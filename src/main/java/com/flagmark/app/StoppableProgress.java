package com.flagmark.app;

import com.flagmark.model.Progress;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The progress of long work in the app, such as an export: passes each step on to what shows
 * it (a task's progress bar) and tells the work to stop once the user pressed Cancel. The work
 * notices at its next step and ends as it sees fit; an export then writes nothing.
 */
final class StoppableProgress implements Progress {

    /** Shows how far the work got; called on the worker's thread. */
    @FunctionalInterface
    interface Display {
        void show(long done, long total);
    }

    private final Display display;
    private final AtomicBoolean stopping = new AtomicBoolean();

    StoppableProgress(Display display) {
        this.display = display;
    }

    @Override
    public void update(long done, long total, String message) {
        // The exchange layer's messages are in English; the app shows its own words beside the bar.
        display.show(done, total);
    }

    @Override
    public boolean isCancelled() {
        return stopping.get();
    }

    /** Asks the work to stop at its next step; safe from any thread. */
    void stop() {
        stopping.set(true);
    }
}
