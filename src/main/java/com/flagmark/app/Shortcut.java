package com.flagmark.app;

import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * The keyboard shortcuts of the main window, in one place: the menus take their accelerators
 * from here, the window's key handler its keys, and Help › Keyboard Shortcuts its list.
 *
 * @param key the accelerator as JavaFX writes it, such as {@code Shortcut+Z}
 * @param messageKey the key of its description in the messages
 */
record Shortcut(String key, String messageKey) {

    static final Shortcut NEXT_ARTICLE = new Shortcut("Alt+Down", "shortcut.nextArticle");
    static final Shortcut PREVIOUS_ARTICLE = new Shortcut("Alt+Up", "shortcut.previousArticle");
    static final Shortcut NEXT_ANNOTATION = new Shortcut("]", "shortcut.nextAnnotation");
    static final Shortcut PREVIOUS_ANNOTATION = new Shortcut("[", "shortcut.previousAnnotation");
    static final Shortcut APPLY_CODE = new Shortcut("Enter", "shortcut.applyCode");
    static final Shortcut PINNED_CODE = new Shortcut("1 … 9", "shortcut.pinnedCode");
    static final Shortcut DELETE_ANNOTATION = new Shortcut("Delete", "shortcut.deleteAnnotation");
    static final Shortcut FOCUS_SEARCH = new Shortcut("Shortcut+F", "shortcut.focusSearch");
    static final Shortcut NEXT_HIT = new Shortcut("F3", "shortcut.nextHit");
    static final Shortcut PREVIOUS_HIT = new Shortcut("Shift+F3", "shortcut.previousHit");
    static final Shortcut STEP_HITS = new Shortcut("n / N", "shortcut.stepHits");
    static final Shortcut UNDO = new Shortcut("Shortcut+Z", "shortcut.undo");
    static final Shortcut REDO = new Shortcut("Shortcut+Shift+Z", "shortcut.redo");
    static final Shortcut REDO_ALTERNATIVE = new Shortcut("Shortcut+Y", "shortcut.redo");
    static final Shortcut ZOOM_IN = new Shortcut("Shortcut+=", "shortcut.zoomIn");
    static final Shortcut ZOOM_OUT = new Shortcut("Shortcut+-", "shortcut.zoomOut");
    static final Shortcut ZOOM_RESET = new Shortcut("Shortcut+0", "shortcut.zoomReset");
    static final Shortcut IMPORT_FOLDER = new Shortcut("Shortcut+I", "shortcut.importFolder");
    static final Shortcut EXPORT = new Shortcut("Shortcut+E", "shortcut.export");
    static final Shortcut OPEN_LIBRARY = new Shortcut("Shortcut+O", "shortcut.openLibrary");
    static final Shortcut QUIT = new Shortcut("Shortcut+Q", "shortcut.quit");
    static final Shortcut SHORTCUTS = new Shortcut("F1", "shortcut.help");

    /** Every shortcut, in the order Help lists them. */
    static final List<Shortcut> ALL = List.of(NEXT_ARTICLE, PREVIOUS_ARTICLE, NEXT_ANNOTATION, PREVIOUS_ANNOTATION,
            APPLY_CODE, PINNED_CODE, DELETE_ANNOTATION, FOCUS_SEARCH, NEXT_HIT, PREVIOUS_HIT, STEP_HITS, UNDO, REDO, REDO_ALTERNATIVE, ZOOM_IN, ZOOM_OUT,
            ZOOM_RESET, IMPORT_FOLDER, EXPORT, OPEN_LIBRARY, QUIT, SHORTCUTS);

    /** Returns the key combination, for a menu item's accelerator or a key handler. */
    KeyCombination combination() {
        return KeyCombination.keyCombination(key);
    }

    /** Returns the key as the user reads it on this platform, such as Ctrl+Z or Alt+↓, in either language. */
    String display() {
        // A key with a space in it stands for several keys (1 … 9, n / N), which no combination names.
        return key.contains(" ") ? key : combination().getDisplayText().replace("Down", "↓").replace("Up", "↑");
    }

    String description() {
        return Messages.get(messageKey);
    }
}
