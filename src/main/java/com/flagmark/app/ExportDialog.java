package com.flagmark.app;

import com.flagmark.export.ExportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File › Export…: asks for the format and what to export, then for the file, then shows the
 * export's progress and says how it ended.
 */
final class ExportDialog {

    private final ExportViewModel model;
    private final FileDialogs files;
    private final Window owner;

    ExportDialog(ExportViewModel model, FileDialogs files, Window owner) {
        this.model = model;
        this.files = files;
        this.owner = owner;
    }

    /** Asks, exports and reports; returns at once if the user cancels a question. */
    void show() {
        ButtonType export = new ButtonType(Messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("export.title"));
        dialog.setHeaderText(Messages.get("export.header"));
        ButtonType cancel = new ButtonType(Messages.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(export, cancel);
        dialog.getDialogPane().setContent(choices());
        // The counts arrive after the dialog has taken its size.
        model.articleCountsProperty().addListener((property, before, counts) ->
                Optional.ofNullable(dialog.getDialogPane().getScene()).map(Scene::getWindow).ifPresent(Window::sizeToScene));
        model.countArticles();
        if (dialog.showAndWait().filter(export::equals).isEmpty()) {
            return;
        }
        ExportFormat format = model.formatProperty().get();
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(ExportViewModel.label(format),
                "*." + format.extension());
        files.save(owner, Messages.get("export.file.title"), filter, model.folder(),
                ExportViewModel.fileName(format, LocalDate.now())).ifPresent(this::run);
    }

    private void run(Path out) {
        ExportFormat format = model.formatProperty().get();
        ProgressTask<Integer> task = model.export(out);
        ProgressDialog.show(owner, Messages.get("export.title"), task, task::stop, Messages.get("export.stopping"),
                () -> outcome(task, format, out));
    }

    private GridPane choices() {
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(model.formats());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat value) {
                return value == null ? "" : ExportViewModel.label(value);
            }

            @Override
            public ExportFormat fromString(String text) {
                return model.formats().stream().filter(each -> ExportViewModel.label(each).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setId("export-format");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 10, 0, 10));
        Label scopeLabel = fitted(new Label(Messages.get("export.scope")));
        grid.add(fitted(new Label(Messages.get("export.format"))), 0, 0);
        grid.add(format, 1, 0, 2, 1);
        grid.add(scopeLabel, 0, 1);
        ToggleGroup group = new ToggleGroup();
        int row = 1;
        for (ExportViewModel.Scope scope : ExportViewModel.Scope.values()) {
            grid.add(scopeChoice(scope, group), 1, row);
            grid.add(scopeCount(scope), 2, row++);
        }
        group.selectedToggleProperty().addListener((property, before, chosen) -> {
            if (chosen != null) {
                model.scopeProperty().set((ExportViewModel.Scope) chosen.getUserData());
            }
        });
        Label fixed = fitted(new Label(Messages.get("export.scope.fixed")));
        fixed.getStyleClass().addAll("text-muted", "text-small");
        fixed.visibleProperty().bind(model.takesScope().not());
        grid.add(fixed, 1, row, 2, 1);
        GridPane.setMargin(format, new Insets(0, 0, 6, 0));
        return grid;
    }

    private RadioButton scopeChoice(ExportViewModel.Scope scope, ToggleGroup group) {
        RadioButton choice = fitted(new RadioButton(scopeText(scope)));
        choice.setToggleGroup(group);
        choice.setUserData(scope);
        choice.setSelected(model.scopeProperty().get() == scope);
        choice.setDisable(!model.isAvailable(scope));
        if (model.isAvailable(scope)) {
            choice.disableProperty().bind(model.takesScope().not());
        }
        return choice;
    }

    private Label scopeCount(ExportViewModel.Scope scope) {
        Label count = fitted(new Label());
        count.getStyleClass().addAll("text-muted", "text-small");
        count.textProperty().bind(model.articleCountsProperty().map(counts -> countText(counts, scope)));
        count.setDisable(!model.isAvailable(scope));
        if (model.isAvailable(scope)) {
            count.disableProperty().bind(model.takesScope().not());
        }
        return count;
    }

    /** Keeps a text whole: the dialog grows to fit it rather than cutting it short. */
    private static <T extends Labeled> T fitted(T labeled) {
        labeled.setMinWidth(Region.USE_PREF_SIZE);
        return labeled;
    }

    private String scopeText(ExportViewModel.Scope scope) {
        return switch (scope) {
            case LIBRARY -> Messages.get("export.scope.library");
            case CURRENT_LIST -> Messages.get("export.scope.currentList");
            case SELECTED_ARTICLES -> Messages.get("export.scope.selectedArticles");
            case SELECTED_CODE -> model.selectedCode().map(code -> Messages.get("export.scope.selectedCode", code.name()))
                    .orElse(Messages.get("export.scope.noCode"));
        };
    }

    private String countText(Map<ExportViewModel.Scope, Integer> counts, ExportViewModel.Scope scope) {
        if (!model.isAvailable(scope)) {
            return "";
        }
        return Optional.ofNullable(counts.get(scope)).map(count -> Messages.get("export.articles", count)).orElse("…");
    }

    /** Says what was written, or why nothing was: calmly when the user cancelled, as an error when it failed. */
    private void outcome(ProgressTask<Integer> task, ExportFormat format, Path out) {
        boolean written = task.getState() == Worker.State.SUCCEEDED;
        boolean failed = !written && !task.stopped();
        Alert alert = new Alert(failed ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        String title = written ? "export.done.title" : failed ? "export.failed.title" : "export.cancelled.title";
        alert.setTitle(Messages.get(title));
        alert.setHeaderText(null);
        // Wide enough that the file's path mostly stays on one line.
        alert.getDialogPane().setPrefWidth(560);
        if (written) {
            alert.setContentText(Messages.get("export.done",
                    ExportViewModel.count(format, task.getValue()), out));
        } else {
            alert.setContentText(failed ? UserMessages.of(task.getException()) : Messages.get("export.cancelled"));
        }
        alert.show();
    }
}
