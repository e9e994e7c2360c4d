package com.flagmark.app;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window that shows long work's progress with a Cancel button until the work ends:
 * an import, an export. Cancel, Escape and closing the window all ask the work to stop; the
 * window stays until it has, so what happens next (a report, a message) always follows.
 */
final class ProgressDialog {

    private static final Set<Worker.State> ENDED = EnumSet.of(Worker.State.SUCCEEDED, Worker.State.FAILED,
            Worker.State.CANCELLED);

    private ProgressDialog() {
    }

    /**
     * Shows the task's progress and message until it ends, then closes and runs {@code onEnd}.
     *
     * @param stop asks the work to stop at its next step
     * @param stopping the words on the Cancel button once it was pressed
     */
    static void show(Window owner, String title, Task<?> task, Runnable stop, String stopping, Runnable onEnd) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(380);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        // Never blank: the work's first words reach the window a moment after it starts.
        message.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                .then(Messages.get("progress.starting")).otherwise(task.messageProperty()));
        Button cancel = new Button(Messages.get("progress.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(click -> {
            stop.run();
            cancel.setDisable(true);
            cancel.setText(stopping);
        });
        VBox content = new VBox(12, bar, message, cancel);
        content.setPadding(new Insets(20));
        stage.setScene(new Scene(content));
        stage.setOnCloseRequest(close -> {
            close.consume();
            cancel.fire();
        });
        task.stateProperty().addListener((property, before, state) -> finish(stage, task, onEnd));
        stage.show();
        finish(stage, task, onEnd);
    }

    private static void finish(Stage stage, Task<?> task, Runnable onEnd) {
        // The task's state, not its isDone(): the state and value arrive on the FX thread a moment after the work is done.
        if (!ENDED.contains(task.getState()) || !stage.isShowing()) {
            return;
        }
        stage.close();
        onEnd.run();
    }
}
