package com.flagmark.app;

import com.flagmark.model.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/** The small dialogs that edit the codebook: add, rename, recolour, pin to a key, merge, delete. */
final class CodebookDialogs {

    private final CodebookViewModel codebook;
    private final Supplier<Window> owner;

    CodebookDialogs(CodebookViewModel codebook, Supplier<Window> owner) {
        this.codebook = codebook;
        this.owner = owner;
    }

    void add(Optional<Code> parent) {
        names(parent.map(code -> Messages.get("codebook.addChild.title", code.name()))
                .orElse(Messages.get("codebook.add.title")), "", "")
                .ifPresent(names -> codebook.add(parent, names.name(), names.english()));
    }

    void rename(Code code) {
        names(Messages.get("codebook.rename.title", code.name()), code.name(), code.englishName())
                .ifPresent(names -> codebook.rename(code, names.name(), names.english()));
    }

    void recolour(Code code) {
        ColorPicker picker = new ColorPicker(Color.web(code.colour()));
        picker.getCustomColors().setAll(CodebookViewModel.PALETTE.stream().map(Color::web).toList());
        Dialog<ButtonType> dialog = dialog(Messages.get("codebook.recolour.title", code.name()), null);
        dialog.getDialogPane().setContent(picker);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> codebook.recolour(code, hex(picker.getValue())));
    }

    void pin(Code code) {
        String none = Messages.get("codebook.pin.none");
        List<String> keys = new ArrayList<>(List.of(none));
        IntStream.rangeClosed(1, 9).mapToObj(String::valueOf).forEach(keys::add);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(code.shortcut().orElse(none), keys);
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.get("codebook.pin.title", code.name()));
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.get("codebook.pin.label"));
        dialog.showAndWait().ifPresent(key -> codebook.pin(code, key.equals(none) ? Optional.empty() : Optional.of(key)));
    }

    void merge(Code code) {
        choose(Messages.get("codebook.merge.title", code.name()),
                Messages.get("codebook.merge.header", code.name(), codebook.usageOfSubtree(code)),
                outside(code, false)).ifPresent(target -> codebook.merge(code, target));
    }

    void delete(Code code) {
        int used = codebook.usageOfSubtree(code);
        if (used == 0) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("codebook.delete.unused", code.name()));
            confirm.initOwner(owner.get());
            confirm.setTitle(Messages.get("codebook.delete.title", code.name()));
            confirm.setHeaderText(null);
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> codebook.delete(code, Optional.empty()));
            return;
        }
        ButtonType reassign = new ButtonType(Messages.get("codebook.delete.reassign"), ButtonBar.ButtonData.OTHER);
        ButtonType delete = new ButtonType(Messages.get("codebook.delete.annotations"), ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.WARNING, Messages.get("codebook.delete.used", code.name(), used), reassign,
                delete, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle(Messages.get("codebook.delete.title", code.name()));
        ask.setHeaderText(null);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.equals(Optional.of(delete))) {
            codebook.delete(code, Optional.empty());
        } else if (answer.equals(Optional.of(reassign))) {
            choose(Messages.get("codebook.reassign.title", code.name()), null, outside(code, true))
                    .ifPresent(target -> codebook.delete(code, Optional.of(target)));
        }
    }

    /** The codes outside a code's subtree, that can take its annotations. */
    private List<Code> outside(Code code, boolean codableOnly) {
        var now = codebook.codebookProperty().get();
        List<Long> subtree = now.subtree(code.id()).stream().map(Code::id).toList();
        return now.all().stream().filter(other -> !subtree.contains(other.id()))
                .filter(other -> !codableOnly || other.codable()).toList();
    }

    private Optional<Code> choose(String title, String header, List<Code> codes) {
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        var now = codebook.codebookProperty().get();
        List<Choice> choices = codes.stream().map(code -> new Choice(code, now.path(code))).toList();
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(Messages.get("codebook.merge.label"));
        return dialog.showAndWait().map(Choice::code);
    }

    private Optional<Names> names(String title, String name, String english) {
        TextField chinese = new TextField(name);
        TextField englishField = new TextField(english);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("codebook.name")), chinese);
        grid.addRow(1, new Label(Messages.get("codebook.englishName")), englishField);
        Dialog<ButtonType> dialog = dialog(title, null);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(chinese.textProperty().map(text -> text.isBlank() || text.contains("/")));
        dialog.setOnShown(shown -> chinese.requestFocus());
        return dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(ok -> new Names(chinese.getText(), englishField.getText()));
    }

    private Dialog<ButtonType> dialog(String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private static String hex(Color colour) {
        return String.format("#%02X%02X%02X", Math.round(colour.getRed() * 255), Math.round(colour.getGreen() * 255),
                Math.round(colour.getBlue() * 255));
    }

    /** A code's Chinese and English names as typed. */
    private record Names(String name, String english) {
    }

    /** A code in a choice list, shown by its path. */
    private record Choice(Code code, String path) {
        @Override
        public String toString() {
            return path;
        }
    }
}
