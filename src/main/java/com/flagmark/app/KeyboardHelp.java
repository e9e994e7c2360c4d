package com.flagmark.app;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help › Keyboard Shortcuts: every shortcut of the main window and what it does. */
final class KeyboardHelp {

    private KeyboardHelp() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        int row = 0;
        for (Shortcut shortcut : Shortcut.ALL) {
            Label key = new Label(shortcut.display());
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row++, key, new Label(shortcut.description()));
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
