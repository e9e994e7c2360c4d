package com.flagmark.app;

import com.flagmark.exchange.ExportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(choices());
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
        ExportTask task = model.export(out);
        ProgressDialog.show(owner, Messages.get("export.title"), task, task::stop, Messages.get("export.stopping"),
                () -> outcome(task));
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
        ToggleGroup group = new ToggleGroup();
        VBox scopes = new VBox(8);
        for (ExportViewModel.Scope scope : ExportViewModel.Scope.values()) {
            scopes.getChildren().add(scopeRow(scope, group));
        }
        group.selectedToggleProperty().addListener((property, before, chosen) -> {
            if (chosen != null) {
                model.scopeProperty().set((ExportViewModel.Scope) chosen.getUserData());
            }
        });
        Label fixed = new Label(Messages.get("export.scope.fixed"));
        fixed.getStyleClass().addAll("text-muted", "text-small");
        fixed.visibleProperty().bind(model.takesScope().not());
        fixed.managedProperty().bind(fixed.visibleProperty());
        scopes.getChildren().add(fixed);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        grid.setPadding(new Insets(10, 10, 0, 10));
        Label formatLabel = new Label(Messages.get("export.format"));
        Label scopeLabel = new Label(Messages.get("export.scope"));
        GridPane.setValignment(scopeLabel, VPos.TOP);
        grid.addRow(0, formatLabel, format);
        grid.addRow(1, scopeLabel, scopes);
        return grid;
    }

    private HBox scopeRow(ExportViewModel.Scope scope, ToggleGroup group) {
        RadioButton choice = new RadioButton(scopeText(scope));
        choice.setToggleGroup(group);
        choice.setUserData(scope);
        choice.setSelected(model.scopeProperty().get() == scope);
        choice.setDisable(!model.isAvailable(scope));
        if (model.isAvailable(scope)) {
            choice.disableProperty().bind(model.takesScope().not());
        }
        Label count = new Label();
        count.getStyleClass().addAll("text-muted", "text-small");
        count.textProperty().bind(model.articleCountsProperty().map(counts -> countText(counts, scope)));
        count.disableProperty().bind(choice.disableProperty());
        HBox row = new HBox(10, choice, count);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
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

    private void outcome(ExportTask task) {
        boolean written = task.getState() == Worker.State.SUCCEEDED;
        Alert alert = new Alert(written ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(written ? "export.done.title" : "export.failed.title"));
        alert.setHeaderText(null);
        if (written) {
            alert.setContentText(Messages.get("export.done",
                    ExportViewModel.count(task.format(), task.getValue()), task.out()));
        } else {
            alert.setContentText(task.stopped() ? Messages.get("export.cancelled") : UserMessages.of(task.getException()));
        }
        alert.show();
    }
}
