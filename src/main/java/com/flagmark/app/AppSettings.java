package com.flagmark.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, per user: the window's place and size, the panes'
 * dividers, the last article read, the theme, the language, the reader's zoom, and the folders
 * and format of the last export and annotation import.
 */
final class AppSettings {

    /** The window's bounds and whether it was maximised. */
    record WindowState(double x, double y, double width, double height, boolean maximised) {
    }

    private final Preferences node;

    AppSettings(Preferences node) {
        this.node = node;
    }

    /** The settings of the current user. */
    static AppSettings forUser() {
        return new AppSettings(Preferences.userRoot().node("com/flagmark/app"));
    }

    Optional<WindowState> window() {
        double width = node.getDouble("window.width", -1);
        if (width <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowState(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width,
                node.getDouble("window.height", 800), node.getBoolean("window.maximised", false)));
    }

    void window(WindowState state) {
        node.putDouble("window.x", state.x());
        node.putDouble("window.y", state.y());
        node.putDouble("window.width", state.width());
        node.putDouble("window.height", state.height());
        node.putBoolean("window.maximised", state.maximised());
    }

    /** The widths the user gave the library and the sidebar, unless they would hide or squeeze a pane. */
    PaneWidths panes() {
        return PaneWidths.restored(node.getDouble("panes.library", -1), node.getDouble("panes.sidebar", -1))
                .orElse(PaneWidths.DEFAULT);
    }

    /** Remembers the widths of the side panes, unless they would hide or squeeze a pane. */
    void panes(PaneWidths widths) {
        if (widths.sane()) {
            node.putDouble("panes.library", widths.library());
            node.putDouble("panes.sidebar", widths.sidebar());
        }
    }

    /** The last article read in a library file. */
    OptionalLong lastArticle(String libraryFile) {
        long id = node.getLong(key("last", libraryFile), -1);
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    void lastArticle(String libraryFile, long articleId) {
        node.putLong(key("last", libraryFile), articleId);
    }

    boolean dark() {
        return node.getBoolean("theme.dark", false);
    }

    void dark(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** The language chosen in the app, or empty to follow the system. */
    Optional<Locale> language() {
        String tag = node.get("language", "");
        return tag.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    void language(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }

    int zoom() {
        return node.getInt("reader.zoom", 100);
    }

    void zoom(int percent) {
        node.putInt("reader.zoom", percent);
    }

    /** The folder the user last exported to. */
    Optional<Path> exportFolder() {
        return folder("export.folder");
    }

    void exportFolder(Path folder) {
        node.put("export.folder", folder.toString());
    }

    /** The id of the format the user last exported to, such as {@code json}. */
    Optional<String> exportFormat() {
        String id = node.get("export.format", "");
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    void exportFormat(String id) {
        node.put("export.format", id);
    }

    /** The folder the user last imported annotations from. */
    Optional<Path> annotationImportFolder() {
        return folder("annotationImport.folder");
    }

    void annotationImportFolder(Path folder) {
        node.put("annotationImport.folder", folder.toString());
    }

    /** Writes the settings out now rather than at some later time. */
    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException unwritable) {
            // Settings are a convenience: the next run starts with defaults.
        }
    }

    private Optional<Path> folder(String key) {
        String folder = node.get(key, "");
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    private static String key(String prefix, String libraryFile) {
        return prefix + "." + Integer.toHexString(libraryFile.hashCode());
    }
}
