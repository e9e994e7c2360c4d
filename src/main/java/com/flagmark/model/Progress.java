package com.flagmark.model;

/**
 * How long work (an import, an export, a search over a big library) reports how far it got, and
 * learns that the user cancelled it. The desktop app backs it with a JavaFX task, the command
 * line with a line on the terminal.
 */
public interface Progress {

    /** Progress that nobody watches and nobody cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            // Nobody is watching.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports that {@code done} of {@code total} steps are finished; the message says what is next. */
    void update(long done, long total, String message);

    /** Tells whether the user asked the work to stop. */
    boolean isCancelled();
}
