package com.flagmark.library;

/**
 * How far the search index has followed the changes the library file logged: while it lags (a
 * library restored from a backup, or opened after a crash) every search waits for it, so the
 * window and the command line can say how much is left instead.
 *
 * @param indexed the changes indexed so far
 * @param logged the changes the file has logged in all
 */
public record IndexProgress(long indexed, long logged) {

    /** An index with nothing left to do. */
    public static final IndexProgress CAUGHT_UP = new IndexProgress(0, 0);

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
