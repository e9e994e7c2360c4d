package com.flagmark.app;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The fields of an annotation's attributes, one per attribute its codes define: text fields,
 * a number field, a choice box, a date field. A valid change is handed on when a field is left
 * or Enter is pressed; an invalid one is outlined, kept as typed and explained beside the field.
 */
final class AttributeForm extends GridPane {

    private final AttributeEntries entries = new AttributeEntries();
    private List<AttributeDefinition> definitions = List.of();
    private Consumer<Map<String, String>> onChange = changed -> { };

    AttributeForm() {
        setHgap(8);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);
    }

    /** Shows the fields for these definitions, filled with the annotation's values or what was typed and not saved. */
    void show(long annotationId, List<AttributeDefinition> shown, Map<String, String> current,
            Consumer<Map<String, String>> changed) {
        entries.show(annotationId, current);
        definitions = shown;
        onChange = changed;
        layOut();
    }

    /** The fields in the order Tab goes through them. */
    List<Control> fields() {
        return getChildren().stream().filter(node -> node instanceof TextField || node instanceof ComboBox<?>)
                .map(Control.class::cast).toList();
    }

    private void layOut() {
        getChildren().clear();
        int row = 0;
        for (AttributeDefinition definition : definitions) {
            Label label = new Label(AttributeEntries.label(definition));
            label.setTooltip(new Tooltip(definition.name()));
            Control field = field(definition);
            add(label, 0, row);
            add(field, 1, row++);
            Optional<String> problem = entries.problem(definition);
            if (problem.isPresent()) {
                field.getStyleClass().add("invalid");
                Label message = new Label(problem.get());
                message.getStyleClass().addAll("text-danger", "text-small");
                message.setWrapText(true);
                add(message, 1, row++);
            }
        }
    }

    private Control field(AttributeDefinition definition) {
        String value = entries.text(definition.name());
        if (definition.type() == AttributeType.CHOICE || !definition.choices().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(definition.choices());
            box.setEditable(definition.type() != AttributeType.CHOICE);
            if (!box.isEditable()) {
                box.setConverter(new ChoiceNames());
            }
            box.setPromptText(Messages.get("attribute.none"));
            box.setValue(value.isEmpty() ? null : value);
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((property, before, chosen) ->
                    commit(definition, chosen == null ? "" : chosen));
            return box;
        }
        TextField text = new TextField(value);
        text.setPromptText(AttributeEntries.example(definition));
        text.setOnAction(enter -> commit(definition, text.getText()));
        text.focusedProperty().addListener((property, before, focused) -> {
            if (!focused) {
                commit(definition, text.getText());
            }
        });
        return text;
    }

    private void commit(AttributeDefinition definition, String typed) {
        boolean wasInvalid = entries.problem(definition).isPresent();
        Optional<Map<String, String>> toSave = entries.type(definition, typed);
        toSave.ifPresent(onChange);
        if (toSave.isEmpty() && wasInvalid != entries.problem(definition).isPresent()) {
            layOutKeepingFocus();
        }
    }

    /** Lays the fields out again to show or clear a problem, after the focus has moved where it was going. */
    private void layOutKeepingFocus() {
        Platform.runLater(() -> {
            int focused = fields().indexOf(getScene() == null ? null : getScene().getFocusOwner());
            layOut();
            if (focused >= 0 && focused < fields().size()) {
                fields().get(focused).requestFocus();
            }
        });
    }

    /** Shows a choice by its name in the UI's language while the value stays as the codebook stores it. */
    private static final class ChoiceNames extends StringConverter<String> {
        @Override
        public String toString(String value) {
            return value == null ? "" : AttributeEntries.choiceName(value);
        }

        @Override
        public String fromString(String name) {
            return name;
        }
    }
}
