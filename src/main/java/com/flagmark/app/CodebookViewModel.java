package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import com.flagmark.usecase.LibrarySession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The codebook in the sidebar: the tree, how often each code is used in the whole library, and
 * the commands that edit it (add, rename, recolour, pin to a key, move, merge, delete). Every
 * edit goes through the workspace, so it is saved at once and can be undone.
 */
final class CodebookViewModel {

    /** The colours a new code takes in turn: readable as highlights in light and dark themes. */
    static final List<String> PALETTE = List.of("#D32F2F", "#1E63C6", "#8E24AA", "#EF6C00", "#00838F", "#2E7D32",
            "#D81B60", "#9E7C00", "#0277BD", "#6D4C41", "#43A047", "#546E7A");

    // Properties

    private final ReadOnlyObjectWrapper<Map<Long, Integer>> usage = new ReadOnlyObjectWrapper<>(Map.of());

    private final Workspace workspace;

    CodebookViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.onChange(this::reload);
        workspace.onOpen(this::reload);
    }

    ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return workspace.codebookProperty();
    }

    /** Whether no library has been opened yet: the codebook is then none yet rather than an empty one. */
    boolean awaitingLibrary() {
        return workspace.libraryFileProperty().get() == null;
    }

    /** How many annotations in the library carry each code. */
    ReadOnlyObjectProperty<Map<Long, Integer>> usageProperty() {
        return usage.getReadOnlyProperty();
    }

    /** Returns how many annotations carry the code or a code below it (an annotation with two of them counts twice). */
    int usageOfSubtree(Code code) {
        return codebookProperty().get().subtree(code.id()).stream()
                .mapToInt(each -> usage.get().getOrDefault(each.id(), 0)).sum();
    }

    // Commands

    /** Adds a code at the end of a parent's codes (or of the top level), in the palette's next colour. */
    void add(Optional<Code> parent, String name, String englishName) {
        Codebook codebook = codebookProperty().get();
        int siblings = parent.map(code -> codebook.children(code.id()).size()).orElse(codebook.roots().size());
        String colour = PALETTE.get(codebook.all().size() % PALETTE.size());
        Code draft = new Code(0, parent.map(Code::id), name.strip(), englishName.strip(), colour, Optional.empty(), "",
                true, List.of(), List.of(), siblings);
        workspace.perform(edits -> edits.addCode(draft));
    }

    void rename(Code code, String name, String englishName) {
        edit(code, new Code(code.id(), code.parentId(), name.strip(), englishName.strip(), code.colour(), code.shortcut(),
                code.description(), code.codable(), code.attributes(), code.cues(), code.position()));
    }

    void recolour(Code code, String colour) {
        edit(code, new Code(code.id(), code.parentId(), code.name(), code.englishName(), colour, code.shortcut(),
                code.description(), code.codable(), code.attributes(), code.cues(), code.position()));
    }

    /** Pins a code to a key from 1 to 9, or unpins it; the library refuses a key another code holds. */
    void pin(Code code, Optional<String> key) {
        edit(code, new Code(code.id(), code.parentId(), code.name(), code.englishName(), code.colour(), key,
                code.description(), code.codable(), code.attributes(), code.cues(), code.position()));
    }

    /** Moves a code under another code (or to the top) at a place among its new siblings. */
    void move(Code code, Optional<Code> parent, int index) {
        workspace.perform(edits -> edits.moveCode(code, parent.map(Code::id), index));
    }

    /** Merges a code into another: the other takes its annotations and the codes below it. */
    void merge(Code source, Code target) {
        workspace.perform(edits -> edits.mergeCodes(source, target));
    }

    /** Deletes a code and those below it; their annotations go to {@code reassignTo}, or are deleted. */
    void delete(Code code, Optional<Code> reassignTo) {
        workspace.perform(edits -> edits.deleteCode(code, reassignTo.map(Code::id)));
    }

    private void edit(Code before, Code after) {
        if (!before.equals(after)) {
            workspace.perform(edits -> edits.editCode(before, after));
        }
    }

    private void reload() {
        workspace.read(LibrarySession::usage, usage::set);
    }
}
