package com.flagmark.app;

/**
 * Background work a starting window holds back until its list has shown: asked for while held,
 * it runs once on release; asked for otherwise, at once. On the FX thread.
 */
final class HeldWork {

    private final Runnable work;
    private boolean held;
    private boolean wanted;

    HeldWork(Runnable work) {
        this.work = work;
    }

    /** Holds the work back from now on; what is asked for meanwhile waits for {@link #release}. */
    void hold() {
        held = true;
    }

    /** Lets the work run, running it now if it was asked for while held. */
    void release() {
        held = false;
        if (wanted) {
            wanted = false;
            work.run();
        }
    }

    /** Runs the work now, or once on release if it is held. */
    void ask() {
        if (held) {
            wanted = true;
            return;
        }
        work.run();
    }

    boolean isHeld() {
        return held;
    }
}
