package com.flagmark.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where it was, if that place is still on a screen, and remembers it. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restore(Stage stage, AppSettings settings) {
        settings.window().ifPresent(state -> {
            Rectangle2D wanted = new Rectangle2D(state.x(), state.y(), state.width(), state.height());
            if (Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(wanted))) {
                stage.setX(state.x());
                stage.setY(state.y());
                stage.setWidth(state.width());
                stage.setHeight(state.height());
            }
            stage.setMaximized(state.maximised());
        });
    }

    static void remember(Stage stage, AppSettings settings) {
        if (stage.isMaximized()) {
            settings.window().ifPresent(state -> settings.window(new AppSettings.WindowState(state.x(), state.y(),
                    state.width(), state.height(), true)));
        } else {
            settings.window(new AppSettings.WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    false));
        }
    }
}
