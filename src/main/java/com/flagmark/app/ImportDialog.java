package com.flagmark.app;

import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportReport;
import java.util.stream.Collectors;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows an import's progress with a Cancel button, then its report. */
final class ImportDialog {

    private ImportDialog() {
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
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("import.done.title"));
        alert.setHeaderText(Messages.get("import.done.header", report.articles(), report.files()));
        Label summary = new Label(Messages.get("import.done.summary", report.duplicates(),
                report.outcomes(FileOutcome.Status.SKIPPED).size(), report.outcomes(FileOutcome.Status.FAILED).size())
                + (report.cancelled() ? "\n" + Messages.get("import.done.cancelled") : "")
                + report.stoppedBy().map(reason -> "\n" + Messages.get("import.done.stopped", reason)).orElse(""));
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
            case IMPORTED -> Messages.get("import.line.imported", outcome.file(), outcome.articles().size())
                    + outcome.reason().map(note -> " — " + note).orElse("");
            case DUPLICATE -> Messages.get("import.line.duplicate", outcome.file());
            case SKIPPED -> Messages.get("import.line.skipped", outcome.file(), outcome.reason().orElse(""));
            case FAILED -> Messages.get("import.line.failed", outcome.file(), outcome.reason().orElse(""));
        };
    }
}
