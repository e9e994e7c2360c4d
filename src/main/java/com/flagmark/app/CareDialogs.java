package com.flagmark.app;

import com.flagmark.library.Backups;
import com.flagmark.library.CheckReport;
import com.flagmark.usecase.LibraryCare;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Help › Check Library, File › Restore Backup…, and the offer of the last backup when a library is damaged. */
final class CareDialogs {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CareDialogs() {
    }

    /** Runs the full check with a progress window, then shows what it found. */
    static void check(Window owner, CareViewModel care) {
        ProgressTask<CheckReport> task = care.checkFully();
        ProgressDialog.show(owner, Messages.get("check.title"), task, task::stop, Messages.get("check.running"), () -> {
            if (task.getState() == Worker.State.SUCCEEDED) {
                report(owner, task.getValue());
            }
        });
    }

    /** Asks which backup to put back, then whether to, and restores it. */
    static void restore(Window owner, CareViewModel care, Path libraryFile) {
        List<Backups.Backup> backups = care.backups();
        if (backups.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, Messages.get("restore.none",
                    LibraryCare.backupFolder(libraryFile)), ButtonType.OK);
            none.initOwner(owner);
            none.setTitle(Messages.get("restore.title"));
            none.setHeaderText(null);
            none.showAndWait();
            return;
        }
        List<Choice> choices = backups.stream().map(Choice::new).toList();
        ChoiceDialog<Choice> choice = new ChoiceDialog<>(choices.get(0), choices);
        choice.initOwner(owner);
        choice.setTitle(Messages.get("restore.title"));
        choice.setHeaderText(Messages.get("restore.header", libraryFile));
        choice.setContentText(Messages.get("restore.choose"));
        choice.showAndWait().ifPresent(chosen -> care.restore(chosen.backup()));
    }

    /** Tells the user the library is damaged and will not be changed, and offers to put its last backup back. */
    static void offerLastBackup(Window owner, CareViewModel care, Path libraryFile) {
        List<Backups.Backup> backups = care.backups();
        ButtonType restore = new ButtonType(Messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("damaged.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = backups.isEmpty()
                ? new Alert(Alert.AlertType.WARNING, Messages.get("damaged.noBackup",
                        LibraryCare.backupFolder(libraryFile)), later)
                : new Alert(Alert.AlertType.WARNING, Messages.get("damaged.lastBackup", name(backups.get(0))),
                        restore, later);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("damaged.title"));
        alert.setHeaderText(Messages.get("damaged.header", libraryFile));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(restore::equals).isPresent()) {
            care.restore(backups.get(0));
        }
    }

    private static void report(Window owner, CheckReport report) {
        Alert alert = new Alert(report.sound() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                report.sound() ? Messages.get("check.sound", report.took().toMillis() / 1000.0)
                        : problems(report),
                ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("check.title"));
        alert.setHeaderText(report.sound() ? null : Messages.get(report.fileDamaged() ? "check.fileDamaged"
                : "check.indexDamaged"));
        alert.showAndWait();
    }

    /** One line for each problem, in the UI's language, saying whether it is in the file or the search index. */
    private static String problems(CheckReport report) {
        return Stream.concat(
                report.fileProblems().stream().map(problem -> Messages.get("check.problem.file", UserMessages.reason(problem))),
                report.indexProblems().stream().map(problem -> Messages.get("check.problem.index",
                        UserMessages.reason(problem))))
                .collect(Collectors.joining("\n"));
    }

    private static String name(Backups.Backup backup) {
        String reason = Messages.find("backup.reason." + backup.reason()).orElse(backup.reason());
        return WHEN.format(backup.made().atZone(ZoneId.systemDefault())) + " · " + reason;
    }

    /** A backup as the list of backups names it. */
    private record Choice(Backups.Backup backup) {
        @Override
        public String toString() {
            return name(backup);
        }
    }
}
