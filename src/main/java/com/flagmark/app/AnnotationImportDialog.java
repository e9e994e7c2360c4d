package com.flagmark.app;

import com.flagmark.export.Unmatched;
import com.flagmark.usecase.AnnotationImportReport;
import java.nio.file.Path;
import javafx.concurrent.Worker;
import javafx.geometry.HPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File › Import Annotations…: the import's progress with a Cancel button, then its report:
 * what was added, what the library had already, what was placed where its passage has moved,
 * the new articles and codes, and every annotation not imported with the reason.
 */
final class AnnotationImportDialog {

    private AnnotationImportDialog() {
    }

    /** Shows the progress of the import until it ends, then the report or why nothing was imported. */
    static void show(Window owner, ProgressTask<AnnotationImportReport> task, Path file) {
        ProgressDialog.show(owner, Messages.get("annotationImport.title"), task, task::stop,
                Messages.get("annotationImport.stopping"), () -> {
                    if (task.getState() == Worker.State.SUCCEEDED) {
                        report(owner, task.getValue(), file);
                    } else {
                        failure(owner, task);
                    }
                });
    }

    private static void report(Window owner, AnnotationImportReport report, Path file) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("annotationImport.done.title"));
        alert.setHeaderText(Messages.get("annotationImport.done.header", report.added(), file.getFileName(),
                report.format()));
        VBox content = new VBox(12, counts(report));
        if (!report.unmatched().isEmpty()) {
            content.getChildren().addAll(new Label(Messages.get("annotationImport.unmatched.header")), unmatched(report));
        }
        if (!report.notImported().isEmpty()) {
            content.getChildren().addAll(new Label(Messages.get("annotationImport.notImported.header")),
                    notImported(report));
        }
        Label noUndo = new Label(Messages.get("annotationImport.noUndo", Shortcut.UNDO.display()));
        noUndo.getStyleClass().addAll("text-muted", "text-small");
        noUndo.setWrapText(true);
        content.getChildren().add(noUndo);
        content.setPrefWidth(600);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.show();
    }

    private static GridPane counts(AnnotationImportReport report) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHalignment(HPos.RIGHT);
        String[] keys = {"read", "added", "alreadyPresent", "reanchored", "articlesAdded", "codesAdded", "notes",
            "unmatched", "notImported"};
        int[] values = {report.read(), report.added(), report.alreadyPresent(), report.reanchored(),
            report.articlesAdded(), report.codesAdded(), report.notes(), report.unmatched().size(),
            report.notImported().size()};
        for (int row = 0; row < keys.length; row++) {
            Label count = new Label(String.valueOf(values[row]));
            count.setId("annotation-import-" + keys[row]);
            grid.addRow(row, new Label(Messages.get("annotationImport.done." + keys[row])), count);
        }
        return grid;
    }

    private static ListView<Unmatched> unmatched(AnnotationImportReport report) {
        ListView<Unmatched> list = new ListView<>();
        list.getItems().setAll(report.unmatched());
        list.setCellFactory(view -> new UnmatchedCell());
        list.setPrefHeight(Math.min(240, 60 + 48 * report.unmatched().size()));
        list.setId("annotation-import-unmatched-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /** The journals, memos and the like the file holds that were not imported, one line each with why. */
    private static ListView<String> notImported(AnnotationImportReport report) {
        ListView<String> list = new ListView<>();
        report.notImported().forEach(item -> list.getItems().add(item.name().replace('\n', ' ') + " — "
                + UserMessages.reason(item.reasonKey(), item.reasonArguments(), item.reason())));
        list.setPrefHeight(Math.min(160, 40 + 28 * report.notImported().size()));
        list.setId("annotation-import-not-imported-list");
        return list;
    }

    /** Says why nothing was imported: calmly when the user cancelled, as an error when the file was refused. */
    private static void failure(Window owner, ProgressTask<AnnotationImportReport> task) {
        boolean failed = !task.stopped();
        Alert alert = new Alert(failed ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION,
                failed ? UserMessages.of(task.getException()) : Messages.get("annotationImport.cancelled"), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(failed ? "annotationImport.failed.title" : "annotationImport.cancelled.title"));
        alert.setHeaderText(null);
        alert.show();
    }

    /** An annotation not imported: its passage, the article it names and why. */
    private static final class UnmatchedCell extends ListCell<Unmatched> {
        @Override
        protected void updateItem(Unmatched item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label quote = new Label(item.quote().isEmpty() ? Messages.get("annotationImport.unmatched.wholeSource")
                    : "「" + item.quote().replace('\n', ' ') + "」");
            quote.getStyleClass().add("annotation-quote");
            quote.setWrapText(true);
            Label where = new Label(item.article() + " — "
                    + UserMessages.reason(item.reasonKey(), item.reasonArguments(), item.reason()));
            where.getStyleClass().addAll("text-muted", "text-small");
            where.setWrapText(true);
            VBox box = new VBox(2, quote, where);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            box.setMinWidth(0);
            setGraphic(box);
            setText(null);
        }
    }
}
