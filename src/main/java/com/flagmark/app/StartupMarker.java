package com.flagmark.app;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;

/**
 * For the benchmark, which times the app from its launch to a usable window: with
 * {@code -Dflagmark.startupMarker=true} the app prints one line on standard output once the
 * list has first been laid out with its rows, with the milliseconds since the JVM started.
 */
final class StartupMarker {

    private static final boolean ON = Boolean.getBoolean("flagmark.startupMarker");

    private StartupMarker() {
    }

    /** Prints the line once the next layout of the window, which shows the list just read, is done. */
    static void listRead(Scene scene, int rows) {
        if (!ON) {
            return;
        }
        NextLayout.then(scene, () -> {
            System.out.println("flagmark: list shown, " + rows + " articles, "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after start");
            System.out.flush();
        });
    }
}
