package com.flagmark.app;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help › Keyboard Shortcuts: every shortcut of the main window and what it does. */
final class KeyboardHelp {

    /** Pixels for what a key does; longer descriptions wrap, so the two columns fit a 1024-pixel screen. */
    private static final double DESCRIPTION_WIDTH = 280;

    private KeyboardHelp() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        // In two halves side by side, so that the list fits a screen 700 pixels high.
        int half = (Shortcut.ALL.size() + 1) / 2;
        for (int i = 0; i < Shortcut.ALL.size(); i++) {
            Shortcut shortcut = Shortcut.ALL.get(i);
            Label key = new Label(shortcut.display());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label description = new Label(shortcut.description());
            description.setWrapText(true);
            description.setPrefWidth(DESCRIPTION_WIDTH);
            description.setMinHeight(Region.USE_PREF_SIZE);
            int column = i < half ? 0 : 2;
            grid.add(key, column, i % half);
            grid.add(description, column + 1, i % half);
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "",
                new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(Messages.get("shortcut.title"));
        alert.setHeaderText(Messages.get("shortcut.header"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
