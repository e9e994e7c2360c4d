package com.flagmark.app;

import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportReport;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Shows an import's progress with a Cancel button, then its report. */
final class ImportDialog {

    private ImportDialog() {
    }

    /** Shows the progress of the import until it ends, then the report. */
    static void show(Window owner, ImportTask task) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("import.title"));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(380);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(click -> {
            task.stop();
            cancel.setDisable(true);
            cancel.setText(Messages.get("import.stopping"));
        });
        VBox content = new VBox(12, bar, message, cancel);
        content.setPadding(new Insets(20));
        stage.setScene(new Scene(content));
        stage.setOnCloseRequest(close -> task.stop());
        task.stateProperty().addListener((property, before, state) -> finish(owner, stage, task));
        stage.show();
        finish(owner, stage, task);
    }

    private static void finish(Window owner, Stage stage, Task<ImportReport> task) {
        if (!task.isDone() || !stage.isShowing()) {
            return;
        }
        stage.close();
        if (task.getState() == Worker.State.SUCCEEDED) {
            report(owner, task.getValue());
        }
    }

    private static void report(Window owner, ImportReport report) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("import.done.title"));
        alert.setHeaderText(Messages.get("import.done.header", report.articles(), report.files()));
        Label summary = new Label(Messages.get("import.done.summary", report.duplicates(),
                report.outcomes(FileOutcome.Status.SKIPPED).size(), report.outcomes(FileOutcome.Status.FAILED).size())
                + (report.cancelled() ? "\n" + Messages.get("import.done.cancelled") : ""));
        TextArea details = new TextArea(report.outcomes().stream().map(ImportDialog::line)
                .collect(Collectors.joining("\n")));
        details.setEditable(false);
        details.setPrefRowCount(10);
        details.setPrefColumnCount(70);
        alert.getDialogPane().setContent(new VBox(10, summary, details));
        alert.setResizable(true);
        alert.show();
    }

    private static String line(FileOutcome outcome) {
        return switch (outcome.status()) {
            case IMPORTED -> Messages.get("import.line.imported", outcome.file(), outcome.articles().size());
            case DUPLICATE -> Messages.get("import.line.duplicate", outcome.file());
            case SKIPPED -> Messages.get("import.line.skipped", outcome.file(), outcome.reason().orElse(""));
            case FAILED -> Messages.get("import.line.failed", outcome.file(), outcome.reason().orElse(""));
        };
    }
}
