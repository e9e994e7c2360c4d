package com.flagmark.export;

import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;

/**
 * Counts the steps of an export or import for its {@link Progress}, telling it now and then
 * rather than at every step, and stops the work when the user cancels it.
 */
final class Steps {

    private static final int EVERY = 64;

    private final Progress progress;
    private final long total;
    private final String message;
    private long done;

    Steps(Progress progress, long total, String message) {
        this.progress = progress;
        this.total = total;
        this.message = message;
        progress.update(0, total, message);
    }

    /**
     * Counts one step done.
     *
     * @throws FlagmarkException if the user cancelled the work
     */
    void step() {
        done++;
        if (done % EVERY == 0 || done == total) {
            progress.update(done, total, message);
            checkCancelled(progress);
        }
    }

    /** Throws if the user cancelled the work, so that nothing of it is kept. */
    static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new FlagmarkException("Cancelled; nothing was written.", null, "export.cancelled");
        }
    }
}
