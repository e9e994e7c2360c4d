package com.flagmark.app;

import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportOptions;
import com.flagmark.ingest.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.concurrent.Worker;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the paper and date of the files to import, shows the import's progress with a
 * Cancel button, then its report: every file relative to the folder imported, problems first,
 * and a switch to list the problems alone.
 */
final class ImportDialog {

    private ImportDialog() {
    }

    /**
     * Asks for the paper and date of the articles under {@code path} that give none; empty if
     * the user cancelled.
     */
    static Optional<ImportOptions> askOptions(Window owner, Path path) {
        Dialog<ImportOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.options.title"));
        dialog.setHeaderText(Messages.get("import.options.header", String.valueOf(path.getFileName())));
        ButtonType start = new ButtonType(Messages.get("import.options.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("details.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, cancel);
        TextField source = new TextField();
        source.setPromptText(Messages.get("import.options.source.prompt"));
        TextField date = new TextField();
        date.setPromptText(Messages.get("import.options.date.prompt"));
        Label hint = new Label(Messages.get("import.options.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "text-small");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("import.options.source")), source);
        grid.addRow(1, new Label(Messages.get("import.options.date")), date);
        grid.add(problem, 1, 2);
        GridPane.setHgrow(source, Priority.ALWAYS);
        VBox content = new VBox(10, grid, hint);
        content.setPrefWidth(460);
        content.setPadding(new Insets(12, 16, 4, 16));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(start).addEventFilter(ActionEvent.ACTION, click -> {
            if (parseDate(date.getText()).isEmpty() && !date.getText().isBlank()) {
                problem.setText(Messages.get("details.badDate", date.getText().strip()));
                click.consume();
            }
        });
        dialog.setResultConverter(button -> button == start
                ? new ImportOptions(Optional.of(source.getText()), parseDate(date.getText())) : null);
        return dialog.showAndWait();
    }

    /** Shows the progress of the import until it ends, then the report. */
    static void show(Window owner, ProgressTask<ImportReport> task) {
        ProgressDialog.show(owner, Messages.get("import.title"), task, task::stop, Messages.get("import.stopping"), () -> {
            if (task.getState() == Worker.State.SUCCEEDED) {
                report(owner, task.getValue());
            }
        });
    }

    private static void report(Window owner, ImportReport report) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.done.title"));
        dialog.setHeaderText(Messages.get("import.done.header", report.articles(), report.files()));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        Label summary = new Label(Messages.get("import.done.summary", report.duplicates(),
                report.outcomes(FileOutcome.Status.SKIPPED).size(), report.outcomes(FileOutcome.Status.FAILED).size())
                + (report.cancelled() ? "\n" + Messages.get("import.done.cancelled") : "")
                + report.stoppedBy().map(reason -> "\n" + Messages.get("import.done.stopped", reason)).orElse(""));
        ListView<FileOutcome> files = new ListView<>();
        files.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FileOutcome outcome, boolean empty) {
                super.updateItem(outcome, empty);
                setText(empty || outcome == null ? null : ImportReportRows.line(outcome));
            }
        });
        files.setPrefSize(620, 260);
        CheckBox problemsOnly = new CheckBox(Messages.get("import.done.problemsOnly", ImportReportRows.problems(report)));
        problemsOnly.selectedProperty().addListener((property, before, only) ->
                files.setItems(FXCollections.observableList(ImportReportRows.of(report, only))));
        files.setItems(FXCollections.observableList(ImportReportRows.of(report, false)));
        problemsOnly.setDisable(ImportReportRows.problems(report) == 0);
        dialog.getDialogPane().setContent(new VBox(10, summary, problemsOnly, files));
        dialog.setResizable(true);
        dialog.show();
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
