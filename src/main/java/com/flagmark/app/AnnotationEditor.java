package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Edits the selected annotation: its codes (take one off, add another), its note, and the
 * values of its codes' attributes. Each edit is saved as it is made. Tab and Shift+Tab go round
 * its fields; the field the keyboard is in keeps it when the saved edit comes back.
 */
final class AnnotationEditor extends ScrollPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ArticleViewModel article;
    private final CodebookViewModel codebook;
    private final Runnable pickCode;
    private final VBox content = new VBox(8);
    private final Label quote = new Label();
    private final FlowPane codes = new FlowPane(4, 4);
    private final TextArea note = new TextArea();
    private final AttributeForm attributes = new AttributeForm();
    private final Label hint = new Label(Messages.get("editor.hint"));
    private final Button delete = new Button(Messages.get("editor.delete"));
    /** "Place at Selection", while the annotation shown is orphaned. */
    private Optional<Button> place = Optional.empty();

    AnnotationEditor(ArticleViewModel article, CodebookViewModel codebook, Runnable pickCode, ModelListeners listeners) {
        this.article = article;
        this.codebook = codebook;
        this.pickCode = pickCode;
        content.setPadding(new Insets(8));
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("annotation-editor");
        quote.setWrapText(true);
        quote.getStyleClass().add("annotation-quote");
        note.setPromptText(Messages.get("editor.note"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.focusedProperty().addListener((property, before, focused) -> {
            if (!focused) {
                article.setNote(note.getText().strip());
            }
        });
        note.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && key.isShortcutDown()) {
                article.setNote(note.getText().strip());
                key.consume();
            }
        });
        delete.getStyleClass().addAll("danger", "small");
        delete.setOnAction(click -> article.deleteSelected());
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        addEventFilter(KeyEvent.KEY_PRESSED, this::onTab);
        listeners.listen(article.selectedProperty(), (property, before, selected) -> show(selected));
        listeners.listen(codebook.codebookProperty(), (property, before, now) -> show(article.selectedProperty().get()));
        show(article.selectedProperty().get());
    }

    /**
     * The editor's fields in the order Tab goes through them, as they stand from the top: an
     * orphaned annotation's "Place at Selection", each code's remove button, the add button, the
     * note, the attributes, the delete button.
     */
    List<Control> fields() {
        List<Control> fields = new ArrayList<>();
        place.filter(button -> content.getChildren().contains(button.getParent())).ifPresent(fields::add);
        codes.getChildren().forEach(node -> {
            if (node instanceof HBox chip) {
                chip.getChildren().stream().filter(Button.class::isInstance).map(Control.class::cast).forEach(fields::add);
            } else if (node instanceof Control control) {
                fields.add(control);
            }
        });
        if (content.getChildren().contains(note)) {
            fields.add(note);
            fields.addAll(attributes.fields());
            fields.add(delete);
        }
        return fields.stream().filter(field -> !field.isDisabled() && field.isVisible()).toList();
    }

    /** Tab and Shift+Tab go round the editor's fields and never out of it; in the note they move on rather than type. */
    private void onTab(KeyEvent key) {
        if (key.getCode() != KeyCode.TAB) {
            return;
        }
        List<Control> fields = fields();
        Control next = FocusCycle.next(fields, focusedField(fields), key.isShiftDown());
        if (next != null) {
            next.requestFocus();
        }
        key.consume();
    }

    private Control focusedField(List<Control> fields) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        while (owner != null && !(owner instanceof Control control && fields.contains(control))) {
            owner = owner.getParent();
        }
        return (Control) owner;
    }

    private void show(Optional<Annotation> selected) {
        int focused = fields().indexOf(focusedField(fields()));
        showFields(selected);
        List<Control> now = fields();
        if (focused >= 0 && focused < now.size() && !now.get(focused).isFocused()) {
            now.get(focused).requestFocus();
        }
    }

    private void showFields(Optional<Annotation> selected) {
        place = Optional.empty();
        if (selected.isEmpty()) {
            content.getChildren().setAll(hint);
            return;
        }
        Annotation annotation = selected.get();
        Codebook now = codebook.codebookProperty().get();
        quote.setText("“" + annotation.anchor().exact().replace('\n', ' ') + "”");
        codes.getChildren().clear();
        for (long id : annotation.codeIds()) {
            now.find(id).ifPresent(code -> codes.getChildren().add(chip(code)));
        }
        Button add = new Button(Messages.get("editor.addCode"));
        add.getStyleClass().add("small");
        add.setOnAction(click -> pickCode.run());
        codes.getChildren().add(add);
        if (!note.isFocused()) {
            note.setText(annotation.note());
        }
        attributes.show(annotation.id(), now.attributesOf(annotation.codeIds()), annotation.attributes(),
                article::setAttributes);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Label meta = new Label(annotation.coder() + " · " + WHEN.format(annotation.modified()));
        meta.getStyleClass().addAll("text-muted", "text-small");
        content.getChildren().setAll(quote, codes, note, attributes, new HBox(8, meta, space, delete));
        if (annotation.orphaned()) {
            content.getChildren().add(1, placing());
        }
    }

    /** What an orphaned annotation offers: to be placed on the text the user selects. */
    private VBox placing() {
        Label why = new Label(Messages.get("editor.orphaned"));
        why.setWrapText(true);
        why.getStyleClass().add("text-danger");
        Button button = new Button(Messages.get("editor.place"));
        button.getStyleClass().add("small");
        button.setId("place-annotation");
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> article.selectionProperty().get().isEmpty(),
                article.selectionProperty()));
        button.setOnAction(click -> article.placeSelected());
        place = Optional.of(button);
        return new VBox(4, why, button);
    }

    private HBox chip(Code code) {
        Label name = new Label(code.name(), Swatch.of(code.colour()));
        Button remove = new Button("×");
        remove.getStyleClass().addAll("flat", "small");
        remove.setOnAction(click -> article.removeCode(code.id()));
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("code-chip");
        return chip;
    }
}
