package com.flagmark.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a scene's next layout is done and drawn, so that what it shows first is not kept waiting. */
final class NextLayout {

    private NextLayout() {
    }

    /** Runs the action on the FX thread after the scene's next layout pulse. */
    static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
