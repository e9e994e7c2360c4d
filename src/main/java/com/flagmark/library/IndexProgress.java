package com.flagmark.library;

import java.util.Objects;
import java.util.Optional;

/**
 * How far the search index has followed the changes the library file logged: while it lags (a
 * library restored from a backup, or opened after a crash) every search waits for it, so the
 * window and the command line can say how much is left instead.
 *
 * @param indexed the changes indexed so far
 * @param logged the changes the file has logged in all
 * @param failure why the index's last attempt at the next changes failed, for the user; empty
 *        while indexing goes well. The changes stay in the file's log and are tried again.
 */
public record IndexProgress(long indexed, long logged, Optional<String> failure) {

    /** An index with nothing left to do. */
    public static final IndexProgress CAUGHT_UP = new IndexProgress(0, 0);

    public IndexProgress {
        Objects.requireNonNull(failure, "failure");
    }

    /** How far an index is whose indexing goes well. */
    public IndexProgress(long indexed, long logged) {
        this(indexed, logged, Optional.empty());
    }

    /** Returns how many changes are not indexed yet. */
    public long behind() {
        return Math.max(0, logged - indexed);
    }

    /** Tells whether the index holds every change the file logged. */
    public boolean caughtUp() {
        return behind() == 0;
    }

    /** Returns the share of the log indexed, from 0 to 1: for a progress bar. */
    public double fraction() {
        return logged == 0 ? 1 : Math.min(1, (double) indexed / logged);
    }

    /** Returns the share of the log indexed, from 0 to 100. */
    public int percent() {
        return logged == 0 ? 100 : (int) Math.min(100, indexed * 100 / logged);
    }
}
