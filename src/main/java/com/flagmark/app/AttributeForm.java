package com.flagmark.app;

import com.flagmark.annotate.AttributeValues;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The fields of an annotation's attributes, one per attribute its codes define: text fields,
 * a number field that refuses what is not a number, a choice box, a date field. A valid change
 * is handed on when a field is left or Enter is pressed; an invalid one is shown and kept back.
 */
final class AttributeForm extends GridPane {

    private final Label problem = new Label();
    private Map<String, String> values = Map.of();
    private Consumer<Map<String, String>> onChange = changed -> { };

    AttributeForm() {
        setHgap(8);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
    }

    /** Shows the fields for these definitions, filled with these values. */
    void show(List<AttributeDefinition> definitions, Map<String, String> current, Consumer<Map<String, String>> changed) {
        getChildren().clear();
        values = new LinkedHashMap<>(current);
        onChange = changed;
        problem.setText("");
        int row = 0;
        for (AttributeDefinition definition : definitions) {
            Label label = new Label(Messages.isChinese() ? definition.label() : definition.englishLabel());
            label.setTooltip(new Tooltip(definition.name()));
            add(label, 0, row);
            add(field(definition), 1, row++);
        }
        add(problem, 0, row, 2, 1);
    }

    private Control field(AttributeDefinition definition) {
        String value = values.getOrDefault(definition.name(), "");
        if (definition.type() == AttributeType.CHOICE || !definition.choices().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(definition.choices());
            box.setEditable(definition.type() != AttributeType.CHOICE);
            box.setValue(value.isEmpty() ? null : value);
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((property, before, chosen) ->
                    commit(definition, chosen == null ? "" : chosen));
            return box;
        }
        TextField text = new TextField(value);
        text.setPromptText(definition.type() == AttributeType.DATE ? "2022-02-20"
                : definition.type() == AttributeType.NUMBER ? "98" : "");
        text.setOnAction(enter -> commit(definition, text.getText()));
        text.focusedProperty().addListener((property, before, focused) -> {
            if (!focused) {
                commit(definition, text.getText());
            }
        });
        return text;
    }

    private void commit(AttributeDefinition definition, String value) {
        String cleaned = value.strip();
        if (cleaned.equals(values.getOrDefault(definition.name(), ""))) {
            return;
        }
        Optional<String> wrong = AttributeValues.problem(definition, cleaned);
        if (wrong.isPresent()) {
            problem.setText(wrong.get());
            return;
        }
        problem.setText("");
        if (cleaned.isEmpty()) {
            values.remove(definition.name());
        } else {
            values.put(definition.name(), cleaned);
        }
        onChange.accept(Map.copyOf(values));
    }
}
