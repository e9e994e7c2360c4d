package com.flagmark.export;

import com.flagmark.model.Progress;

/** Progress of work the user has already cancelled. */
public final class Cancelled implements Progress {

    public static final Progress PROGRESS = new Cancelled();

    private Cancelled() {
    }

    @Override
    public void update(long done, long total, String message) {
        // Nobody watches.
    }

    @Override
    public boolean isCancelled() {
        return true;
    }
}
