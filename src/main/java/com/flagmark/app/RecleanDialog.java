package com.flagmark.app;

import com.flagmark.usecase.Change;
import com.flagmark.usecase.RecleanReport;
import com.flagmark.usecase.RecleanReport.Kept;
import com.flagmark.usecase.RecleanReport.Orphan;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.geometry.HPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Re-cleaning in the window: the question before it, its progress with a Cancel button, and its
 * report: the counts, every annotation whose passage is gone (kept and flagged), what was left as
 * it was, and that Undo puts it all back. The re-cleaning goes into the undo history as one change,
 * cancelled or not, for whatever it did.
 */
final class RecleanDialog {

    private RecleanDialog() {
    }

    /** Asks whether to re-clean, in the words of {@code key} ("reclean.all", "reclean.offer"); true if the user agrees. */
    static boolean confirm(Window owner, String key, int articles) {
        ButtonType yes = new ButtonType(Messages.get("reclean.offer.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("reclean.offer.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get(key + ".text"), yes, no);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(key + ".title"));
        alert.setHeaderText(Messages.get(key + ".header", articles));
        ((Label) alert.getDialogPane().lookup(".content.label")).setWrapText(true);
        alert.getDialogPane().setPrefWidth(520);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Shows the progress until the re-cleaning ends, records what it did for Undo, then shows the report. */
    static void show(Window owner, ProgressTask<RecleanReport> task, Consumer<Change> recordDone) {
        ProgressDialog.show(owner, Messages.get("reclean.title"), task, task::stop, Messages.get("reclean.stopping"), () -> {
            if (task.getState() == Worker.State.SUCCEEDED) {
                task.getValue().change().ifPresent(recordDone);
                report(owner, task.getValue());
            } else {
                Alert alert = new Alert(Alert.AlertType.ERROR, UserMessages.of(task.getException()), ButtonType.OK);
                alert.initOwner(owner);
                alert.setTitle(Messages.get("reclean.failed.title"));
                alert.setHeaderText(null);
                alert.show();
            }
        });
    }

    private static void report(Window owner, RecleanReport report) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("reclean.done.title"));
        alert.setHeaderText(Messages.get("reclean.done.header", report.changed()));
        VBox content = new VBox(12, counts(report));
        if (!report.orphaned().isEmpty()) {
            content.getChildren().addAll(new Label(Messages.get("reclean.orphaned.header")),
                    list(report.orphaned().stream().map(RecleanDialog::orphan).toList()));
        }
        if (!report.kept().isEmpty()) {
            content.getChildren().addAll(new Label(Messages.get("reclean.kept.header")),
                    list(report.kept().stream().map(RecleanDialog::kept).toList()));
        }
        if (report.cancelled()) {
            content.getChildren().add(muted(Messages.get("reclean.cancelled")));
        }
        if (report.change().isPresent()) {
            content.getChildren().add(muted(Messages.get("reclean.undo", Shortcut.UNDO.display())));
        }
        content.setPrefWidth(600);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.show();
    }

    private static GridPane counts(RecleanReport report) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHalignment(HPos.RIGHT);
        String[] keys = {"files", "changed", "unchanged", "added", "moved", "orphaned"};
        int[] values = {report.files(), report.changed(), report.unchanged(), report.added(), report.moved(),
            report.orphaned().size()};
        for (int row = 0; row < keys.length; row++) {
            Label count = new Label(String.valueOf(values[row]));
            count.setId("reclean-" + keys[row]);
            grid.addRow(row, new Label(Messages.get("reclean.done." + keys[row])), count);
        }
        return grid;
    }

    private static String orphan(Orphan orphan) {
        return Messages.get("reclean.orphaned.item", orphan.article(), orphan.quote().replace('\n', ' '));
    }

    /** A file or article left as it was; the reason is the use case's own, in English. */
    private static String kept(Kept kept) {
        return kept.file() + kept.article().map(id -> " (" + id + ")").orElse("") + ": " + kept.reason();
    }

    private static ListView<String> list(List<String> items) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(items);
        list.setPrefHeight(Math.min(200, 40 + 26 * items.size()));
        return list;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "text-small");
        label.setWrapText(true);
        return label;
    }
}
