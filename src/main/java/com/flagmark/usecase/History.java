package com.flagmark.usecase;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The session's undo and redo history of annotation and codebook changes, across articles. A new
 * change clears what could be redone. A change that fails to apply is not recorded; one that
 * fails to undo or redo stays where it was, so the history never claims what the library does
 * not hold.
 */
public final class History {

    private final Deque<Change> undoable = new ArrayDeque<>();
    private final Deque<Change> redoable = new ArrayDeque<>();
    private final Runnable onChange;

    /** Creates a history that calls {@code onChange} after every change, undo and redo. */
    public History(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Applies a change and records it. */
    public void perform(Change change) {
        change.apply();
        undoable.push(change);
        redoable.clear();
        onChange.run();
    }

    /** Records a change that has already been made, such as one a background task made. */
    public void record(Change change) {
        undoable.push(change);
        redoable.clear();
        onChange.run();
    }

    /** Undoes the last change, if there is one. */
    public void undo() {
        Change change = undoable.peek();
        if (change == null) {
            return;
        }
        change.revert();
        redoable.push(undoable.pop());
        onChange.run();
    }

    /** Redoes the last undone change, if there is one. */
    public void redo() {
        Change change = redoable.peek();
        if (change == null) {
            return;
        }
        change.apply();
        undoable.push(redoable.pop());
        onChange.run();
    }

    /** Returns the change Undo would undo. */
    public Optional<Change> nextUndo() {
        return Optional.ofNullable(undoable.peek());
    }

    /** Returns the change Redo would redo. */
    public Optional<Change> nextRedo() {
        return Optional.ofNullable(redoable.peek());
    }

    /** Forgets everything: another library was opened. */
    public void clear() {
        undoable.clear();
        redoable.clear();
        onChange.run();
    }
}
