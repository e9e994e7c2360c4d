package com.flagmark.bench;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Waits, in the benchmarks that measure drawing, for a scene to be laid out by a number of pulses. */
public final class Pulses {

    private Pulses() {
    }

    /**
     * Runs {@code then} on the FX thread once {@code count} more pulses of {@code scene} have laid
     * it out; call on the FX thread. Each pulse asks for the next, so an idle scene still counts on.
     */
    public static void after(Scene scene, int count, Runnable then) {
        int[] left = {count};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (--left[0] == 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(then);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
