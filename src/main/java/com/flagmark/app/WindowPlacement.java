package com.flagmark.app;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where it was, fitted to the screens there are now, and remembers it. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restore(Stage stage, AppSettings settings) {
        Optional<AppSettings.WindowState> saved = settings.window();
        Rectangle2D bounds = WindowBounds.fit(
                saved.map(state -> new Rectangle2D(state.x(), state.y(), state.width(), state.height())),
                Screen.getScreens().stream().sorted((a, b) -> Boolean.compare(b.equals(Screen.getPrimary()),
                        a.equals(Screen.getPrimary()))).map(Screen::getVisualBounds).toList());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMinWidth(Math.min(WindowBounds.MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(WindowBounds.MIN_HEIGHT, bounds.getHeight()));
        stage.setMaximized(saved.map(AppSettings.WindowState::maximised).orElse(false));
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
