package com.flagmark.app;

/**
 * Counts a view again after the library changed, but only while the view is shown: a hidden
 * analysis view only notes that it is out of date and counts when it shows again, so coding in
 * the reader never waits behind a table of the whole library.
 */
final class Refresh {

    private final Runnable count;
    private boolean active = true;
    /** A view has counted nothing before it first counts. */
    private boolean stale = true;

    Refresh(Runnable count) {
        this.count = count;
    }

    /** Counts now if the view is shown, else when it is shown next. */
    void request() {
        if (active) {
            stale = false;
            count.run();
        } else {
            stale = true;
        }
    }

    /** Tells whether the view is shown; one shown again after a change counts at once. */
    void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            stale = false;
            count.run();
        }
    }
}
