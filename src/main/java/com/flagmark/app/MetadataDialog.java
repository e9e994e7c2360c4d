package com.flagmark.app;

import com.flagmark.model.Correction;
import com.flagmark.model.MetadataField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * The details editor of the reader's header: title, date, source, authors and URL of the
 * article shown, or of every selected article at once. What it returns is applied as one
 * undoable change.
 */
final class MetadataDialog {

    private MetadataDialog() {
    }

    /** Asks for the corrections; empty if the user cancelled or changed nothing. */
    static Optional<List<Correction>> ask(Window owner, MetadataForm form) {
        Dialog<List<Correction>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("details.title"));
        dialog.setHeaderText(form.articles() == 1 ? Messages.get("details.header.one")
                : Messages.get("details.header.several", form.articles()));
        ButtonType save = new ButtonType(Messages.get("details.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("details.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Map<MetadataField, TextField> fields = new EnumMap<>(MetadataField.class);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 4, 16));
        int row = 0;
        for (MetadataField field : MetadataField.values()) {
            TextField text = new TextField(form.initial(field));
            text.setPromptText(Messages.get("details.prompt." + field.id() + (form.articles() == 1 ? "" : ".several")));
            text.setPrefColumnCount(32);
            GridPane.setHgrow(text, Priority.ALWAYS);
            fields.put(field, text);
            grid.addRow(row++, new Label(Messages.get("details.field." + field.id())), text);
        }
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        grid.add(problem, 1, row);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, click ->
                MetadataForm.problem(entered(fields)).ifPresent(message -> {
                    problem.setText(message);
                    fields.get(MetadataField.DATE).requestFocus();
                    click.consume();
                }));
        dialog.setResultConverter(button -> button == save ? form.corrections(entered(fields)) : List.of());
        fields.get(MetadataField.TITLE).requestFocus();
        return dialog.showAndWait().filter(corrections -> !corrections.isEmpty());
    }

    private static Map<MetadataField, String> entered(Map<MetadataField, TextField> fields) {
        Map<MetadataField, String> entered = new EnumMap<>(MetadataField.class);
        fields.forEach((field, text) -> entered.put(field, text.getText()));
        return entered;
    }
}
