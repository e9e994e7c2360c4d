package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import com.flagmark.usecase.BackgroundTask;
import com.flagmark.usecase.Change;
import com.flagmark.usecase.CodeFilter;
import com.flagmark.usecase.Edits;
import com.flagmark.usecase.LibraryCare;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's library session: reads, changes with their undo history, and the codebook as it
 * stands. All of the window's work on the library runs on the library executor, one piece at a
 * time; results come back on the FX thread, where listeners learn of every change. Background
 * tasks (imports, exports) run on the same session, and what an import wrote shows when it ends.
 */
final class Workspace {

    // Properties

    private final ReadOnlyObjectWrapper<Path> libraryFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>(new Codebook(List.of()));
    private final ReadOnlyObjectWrapper<CodeFilter> codeFilter =
            new ReadOnlyObjectWrapper<>(new CodeFilter(new Codebook(List.of())));
    private final ReadOnlyObjectWrapper<Optional<Change>> nextUndo = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Change>> nextRedo = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final TaskExecutor executor;
    private final String coder;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<Runnable> openListeners = new ArrayList<>();
    /** Counts the libraries opened, restored and closed here (on the FX thread): a read that began before one is moot. */
    private long openings;
    /** Set on the library executor; read by the tasks started from the FX thread. */
    private volatile LibrarySession session;
    // Touched on the library executor only.
    private List<Code> filteredCodes = List.of();
    private CodeFilter filter = new CodeFilter(new Codebook(List.of()));

    Workspace(TaskExecutor executor, String coder) {
        this.executor = executor;
        this.coder = coder;
    }

    ReadOnlyObjectProperty<Path> libraryFileProperty() {
        return libraryFile.getReadOnlyProperty();
    }

    /** The codebook as it stands after the last change. */
    ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    /** Finds the codes of the current codebook as the user types; made off the FX thread (pinyin takes a while). */
    ReadOnlyObjectProperty<CodeFilter> codeFilterProperty() {
        return codeFilter.getReadOnlyProperty();
    }

    /** The change Undo would undo. */
    ReadOnlyObjectProperty<Optional<Change>> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    /** The change Redo would redo. */
    ReadOnlyObjectProperty<Optional<Change>> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    /** The last failure, written for the user; empty when there is none. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Calls the listener on the FX thread after every change, undo and redo. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Calls the listener on the FX thread when a library has been opened. */
    void onOpen(Runnable listener) {
        openListeners.add(listener);
    }

    // Commands

    /** Opens (or creates) a library file, closing the one open before; the history starts afresh. */
    void open(Path file) {
        openings++;
        executor.submit(() -> {
            LibrarySession opened = LibrarySession.open(file, coder);
            if (session != null) {
                session.close();
            }
            session = opened;
            opened.afterTasks(this::refresh);
            // The code filter is made after the opening's reads (filterCodes).
            return new State(opened.codebook(), Optional.empty(), opened.nextUndo(), opened.nextRedo());
        }, loaded -> {
            libraryFile.set(file);
            codebook.set(loaded.codebook());
            nextUndo.set(loaded.undo());
            nextRedo.set(loaded.redo());
            openListeners.forEach(Runnable::run);
            filterCodes();
        }, this::fail);
    }

    /**
     * Makes the code popup's filter of the codebook just opened after the reads the opening's
     * listeners asked for, the list's first among them: its pinyin dictionary takes about 80 ms of
     * CPU to load, which the list shown at start should not wait for. A read asked for later (an
     * article opened, then coded) comes after it on the library executor.
     */
    private void filterCodes() {
        executor.submit(() -> session == null ? null : filterFor(session.codebook()), made -> {
            if (made != null) {
                codeFilter.set(made);
            }
        }, this::fail);
    }

    /**
     * Puts a backup in place of the open library: closes it, restores the backup (keeping the
     * library as it was as a backup of its own) and opens it again, also if the restore failed.
     * While an import of this window writes to the library, the restore is refused.
     */
    void restore(Path backup) {
        if (session != null && session.writing()) {
            // Closing the session would pull the library from under the import.
            error.set(Messages.get("error.restore.importing"));
            return;
        }
        Path file = libraryFile.get();
        openings++;
        executor.submit(() -> {
            if (session != null) {
                session.close();
                session = null;
            }
            return LibraryCare.restore(backup, file);
        }, kept -> open(file), failure -> {
            fail(failure);
            open(file);
        });
    }

    /** Reads from the open library; {@code onDone} gets the result on the FX thread. */
    <V> void read(Function<LibrarySession, V> query, Consumer<V> onDone) {
        executor.submit(() -> session == null ? null : query.apply(session), result -> {
            if (result != null) {
                onDone.accept(result);
            }
        }, this::fail);
    }

    /**
     * Reads from the open library on another executor, beside the library executor's own work:
     * for reads that take long, such as computing suggestions with HanLP, so that they hold up
     * no other read. {@code onDone} gets the result on the FX thread.
     */
    <V> void readOn(TaskExecutor elsewhere, Function<LibrarySession, V> query, Consumer<V> onDone) {
        readOn(elsewhere, query, onDone, this::fail);
    }

    /**
     * Reads as {@link #readOn(TaskExecutor, Function, Consumer)} does; a failure goes to
     * {@code onFailed} on the FX thread, for a reader whose failure may no longer matter (its
     * result no longer wanted). A failure of a read whose library was closed under it (another
     * library opened, a backup restored) goes nowhere: it says nothing about the library open now.
     */
    <V> void readOn(TaskExecutor elsewhere, Function<LibrarySession, V> query, Consumer<V> onDone,
            Consumer<Throwable> onFailed) {
        long opening = openings;
        elsewhere.submit(() -> {
            LibrarySession open = session;
            return open == null ? null : query.apply(open);
        }, result -> {
            if (result != null) {
                onDone.accept(result);
            }
        }, failure -> {
            if (opening == openings) {
                onFailed.accept(failure);
            }
        });
    }

    /** Makes a review of suggestions, saved at once, and records it for undo with the other changes. */
    void review(Function<Suggestions, Change> change) {
        alter(() -> session.perform(edits -> change.apply(session.suggestions())));
    }

    /** Makes a change, saved at once, and records it for undo. */
    void perform(Function<Edits, Change> change) {
        alter(() -> session.perform(change));
    }

    /** Makes a change that a use case of its own builds on the session, saved at once, and records it for undo. */
    void performOnSession(Function<LibrarySession, Change> change) {
        alter(() -> session.perform(edits -> change.apply(session)));
    }

    /** Records a change a task has already made, such as a re-cleaning, so that Undo reverts it. */
    void recordDone(Change change) {
        alter(() -> session.recordDone(change));
    }

    void undo() {
        alter(() -> session.undo());
    }

    void redo() {
        alter(() -> session.redo());
    }

    /**
     * Returns long work on the open library, to be started by a task executor; once an import
     * task ends, the listeners learn of what it wrote as after a change (the undo history does
     * not hold it).
     */
    <V> BackgroundTask<V> task(Function<LibrarySession, BackgroundTask<V>> work) {
        LibrarySession open = session;
        if (open == null) {
            throw new IllegalStateException("No library is open");
        }
        return work.apply(open);
    }

    /** Closes the library; the window is going away. */
    void close() {
        openings++;
        executor.submit(() -> {
            if (session != null) {
                session.close();
                session = null;
            }
            return Boolean.TRUE;
        }, closed -> { }, failure -> { });
    }

    void clearError() {
        error.set("");
    }

    /** Reads the codebook and history again and tells the listeners, as after a change; from any thread. */
    private void refresh() {
        alter(() -> { });
    }

    private void alter(Runnable step) {
        executor.submit(() -> {
            if (session == null) {
                return null;
            }
            step.run();
            return state();
        }, state -> {
            if (state != null) {
                codebook.set(state.codebook());
                state.filter().ifPresent(codeFilter::set);
                nextUndo.set(state.undo());
                nextRedo.set(state.redo());
                changeListeners.forEach(Runnable::run);
            }
        }, this::fail);
    }

    /** The codebook and history as they stand; on the library executor. */
    private State state() {
        Codebook current = session.codebook();
        return new State(current, Optional.of(filterFor(current)), session.nextUndo(), session.nextRedo());
    }

    /** The filter of these codes, made anew only when they changed; on the library executor. */
    private CodeFilter filterFor(Codebook current) {
        List<Code> codes = current.all();
        if (!codes.equals(filteredCodes)) {
            filteredCodes = codes;
            filter = new CodeFilter(current);
        }
        return filter;
    }

    /** Shows what went wrong in work on the library, in words for the user. */
    void fail(Throwable problem) {
        error.set(UserMessages.of(problem));
    }

    private record State(Codebook codebook, Optional<CodeFilter> filter, Optional<Change> undo,
            Optional<Change> redo) {
    }
}
