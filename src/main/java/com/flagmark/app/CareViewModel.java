package com.flagmark.app;

import com.flagmark.library.Backups;
import com.flagmark.library.CheckReport;
import com.flagmark.model.Progress;
import com.flagmark.usecase.BackgroundTask;
import com.flagmark.usecase.LibraryCare;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Keeping the open library whole, as the window offers it: the quick check (and the daily
 * backup) in the background after each opening, which never holds the window, the full check
 * of Help › Check Library, and putting a backup back.
 */
final class CareViewModel {

    private final ReadOnlyBooleanWrapper damaged = new ReadOnlyBooleanWrapper();
    private final Workspace workspace;
    /** Runs the checks beside the window's own reads and writes. */
    private final TaskExecutor taskExecutor;
    /** The check after opening, held while a window starting reads and draws its list. */
    private final HeldWork check = new HeldWork(this::checkAndBackUp);

    CareViewModel(Workspace workspace, TaskExecutor taskExecutor) {
        this.workspace = workspace;
        this.taskExecutor = taskExecutor;
        workspace.onOpen(this::checkQuickly);
    }

    /**
     * Whether a check found the open library's file damaged: it then refuses every change, and
     * the window offers its last backup.
     */
    ReadOnlyBooleanProperty damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    /**
     * Holds the quick check (and the daily backup) of a library opened from now on until
     * {@link #releaseCheck}: at 100,000 articles it reads the whole file, about a second of CPU
     * that the start of the window, on two cores, should not share.
     */
    void holdCheck() {
        check.hold();
    }

    /** Lets the check after opening run, starting it if a library was opened while it was held. */
    void releaseCheck() {
        check.release();
    }

    /** Starts the full check of the file and its search index. */
    ProgressTask<CheckReport> checkFully() {
        ProgressTask<CheckReport> task = new ProgressTask<>(workspace.task(session -> LibraryCare.of(session).check(true)),
                Optional.of("check.running"), (done, total) -> Messages.get("check.running"));
        task.setOnSucceeded(done -> damaged.set(task.getValue().fileDamaged()));
        taskExecutor.execute(task);
        return task;
    }

    /** The backups of the open library, newest first; empty when none is open. */
    List<Backups.Backup> backups() {
        return Optional.ofNullable(workspace.libraryFileProperty().get()).map(LibraryCare::backups).orElse(List.of());
    }

    /**
     * Puts the backup in place of the open library, which is closed for it and opened again;
     * the library as it was is kept as a backup of its own.
     */
    void restore(Backups.Backup backup) {
        damaged.set(false);
        workspace.restore(backup.file());
    }

    /**
     * Checks the library just opened quickly and, if it is whole, makes the day's backup; on the
     * task executor, so the window goes on showing the library meanwhile.
     */
    private void checkQuickly() {
        damaged.set(false);
        check.ask();
    }

    private void checkAndBackUp() {
        Path file = workspace.libraryFileProperty().get();
        BackgroundTask<CheckReport> work = workspace.task(session -> BackgroundTask.of(progress -> {
            LibraryCare care = LibraryCare.of(session);
            CheckReport report = care.check(false).run(progress);
            if (!report.fileDamaged()) {
                care.backupDailyIfDue();
            }
            return report;
        }));
        taskExecutor.submit(() -> work.run(Progress.NONE), report -> {
            if (file.equals(workspace.libraryFileProperty().get())) {
                damaged.set(report.fileDamaged());
            }
        }, workspace::fail);
    }
}
