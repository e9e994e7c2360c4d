package com.flagmark.app;

import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The menu bar: File, Edit, View and Help, with the accelerators of {@link Shortcut}. */
final class MainMenu {

    /** What the menus ask of the app as a whole: theme, language, help, quitting. */
    interface AppCommands {
        boolean isDark();

        void setDark(boolean dark);

        void setLanguage(Locale locale);

        void showShortcuts();

        void quit();
    }

    private final MainView view;
    private final Workspace workspace;
    private final AppCommands app;
    private final ModelListeners listeners;

    MainMenu(MainView view, Workspace workspace, AppCommands app, ModelListeners listeners) {
        this.view = view;
        this.workspace = workspace;
        this.app = app;
        this.listeners = listeners;
    }

    MenuBar bar() {
        return new MenuBar(file(), edit(), view(), suggestions(), help());
    }

    private Menu file() {
        return new Menu(Messages.get("menu.file"), null,
                item("menu.file.newLibrary", null, () -> view.chooseLibrary(true)),
                item("menu.file.openLibrary", Shortcut.OPEN_LIBRARY, () -> view.chooseLibrary(false)),
                new SeparatorMenuItem(),
                item("menu.file.importFolder", Shortcut.IMPORT_FOLDER, view::importFolder),
                item("menu.file.importFile", null, view::importFile),
                item("menu.file.importAnnotations", null, view::importAnnotations),
                new SeparatorMenuItem(),
                item("menu.file.recleanSelected", null, view::recleanSelected),
                item("menu.file.recleanAll", null, view::recleanAll),
                new SeparatorMenuItem(),
                item("menu.file.export", Shortcut.EXPORT, view::export),
                new SeparatorMenuItem(),
                item("menu.file.restoreBackup", null, view::restoreBackup),
                new SeparatorMenuItem(),
                item("menu.file.quit", Shortcut.QUIT, app::quit));
    }

    private Menu edit() {
        MenuItem undo = item("menu.edit.undo", Shortcut.UNDO, workspace::undo);
        MenuItem redo = item("menu.edit.redo", Shortcut.REDO, workspace::redo);
        MenuItem redoToo = item("menu.edit.redo", Shortcut.REDO_ALTERNATIVE, workspace::redo);
        redoToo.setVisible(false);
        listeners.listen(workspace.nextUndoProperty(), (property, before, change) -> {
            undo.setText(MainView.undoText(change, "menu.edit.undo"));
            undo.setDisable(change.isEmpty());
        });
        listeners.listen(workspace.nextRedoProperty(), (property, before, change) -> {
            redo.setText(MainView.undoText(change, "menu.edit.redo"));
            redo.setDisable(change.isEmpty());
            redoToo.setDisable(change.isEmpty());
        });
        undo.setText(MainView.undoText(workspace.nextUndoProperty().get(), "menu.edit.undo"));
        redo.setText(MainView.undoText(workspace.nextRedoProperty().get(), "menu.edit.redo"));
        undo.setDisable(workspace.nextUndoProperty().get().isEmpty());
        redo.setDisable(workspace.nextRedoProperty().get().isEmpty());
        redoToo.setDisable(redo.isDisable());
        return new Menu(Messages.get("menu.edit"), null, undo, redo, redoToo, new SeparatorMenuItem(),
                readingItem("menu.edit.applyCode", Shortcut.APPLY_CODE, view::pickCode),
                readingItem("menu.edit.deleteAnnotation", Shortcut.DELETE_ANNOTATION, view::deleteAnnotation),
                new SeparatorMenuItem(),
                item("menu.edit.details", null, view::editDetails),
                new SeparatorMenuItem(),
                item("menu.edit.find", Shortcut.FOCUS_SEARCH, view::focusSearch));
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setSelected(app.isDark());
        dark.setOnAction(event -> app.setDark(dark.isSelected()));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem chinese = language("中文", Locale.SIMPLIFIED_CHINESE, languages);
        RadioMenuItem english = language("English", Locale.ENGLISH, languages);
        (Messages.isChinese() ? chinese : english).setSelected(true);
        return new Menu(Messages.get("menu.view"), null,
                item("menu.view.nextArticle", Shortcut.NEXT_ARTICLE, () -> view.stepArticle(1)),
                item("menu.view.previousArticle", Shortcut.PREVIOUS_ARTICLE, () -> view.stepArticle(-1)),
                readingItem("menu.view.nextAnnotation", Shortcut.NEXT_ANNOTATION, view::nextAnnotation),
                readingItem("menu.view.previousAnnotation", Shortcut.PREVIOUS_ANNOTATION, view::previousAnnotation),
                new SeparatorMenuItem(),
                item("menu.view.analysis", null, view::showAnalysis),
                new SeparatorMenuItem(),
                item("menu.view.zoomIn", Shortcut.ZOOM_IN, () -> view.zoom(1)),
                item("menu.view.zoomOut", Shortcut.ZOOM_OUT, () -> view.zoom(-1)),
                item("menu.view.zoomReset", Shortcut.ZOOM_RESET, () -> view.zoom(0)),
                new SeparatorMenuItem(), dark,
                new Menu(Messages.get("menu.view.language"), null, chinese, english));
    }

    /**
     * The review of suggestions. Its keys have no modifier, so each command first checks that the
     * user is not typing in a field, where the key is a letter of the text.
     */
    private Menu suggestions() {
        SuggestionCommands review = view.suggestionCommands();
        return new Menu(Messages.get("menu.suggestions"), null,
                item("menu.suggestions.next", Shortcut.NEXT_SUGGESTION, view.unlessTyping(review::next)),
                item("menu.suggestions.previous", Shortcut.PREVIOUS_SUGGESTION, view.unlessTyping(review::previous)),
                new SeparatorMenuItem(),
                item("menu.suggestions.accept", Shortcut.ACCEPT_SUGGESTION, view.unlessTyping(review::accept)),
                item("menu.suggestions.edit", Shortcut.EDIT_SUGGESTION, view.unlessTyping(review::editThenAccept)),
                item("menu.suggestions.choose", Shortcut.CHOOSE_LINK, view.unlessTyping(review::chooseLink)),
                item("menu.suggestions.reject", Shortcut.REJECT_SUGGESTION, view.unlessTyping(review::reject)),
                item("menu.suggestions.never", Shortcut.NEVER_SUGGEST, view.unlessTyping(review::neverSuggest)),
                new SeparatorMenuItem(),
                item("menu.suggestions.acceptAll", Shortcut.ACCEPT_ALL_LIKE, view.unlessTyping(review::bulkAccept)),
                item("menu.suggestions.hideLow", Shortcut.HIDE_LOW_TIER, view.unlessTyping(review::toggleLowTier)),
                new SeparatorMenuItem(),
                item("menu.suggestions.computeAll", null, review::computeLibrary));
    }

    private Menu help() {
        return new Menu(Messages.get("menu.help"), null, item("menu.help.shortcuts", Shortcut.SHORTCUTS, app::showShortcuts),
                new SeparatorMenuItem(), item("menu.help.samples", null, view::importSamples),
                item("menu.help.checkLibrary", null, view::checkLibrary));
    }

    private RadioMenuItem language(String name, Locale locale, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setToggleGroup(group);
        item.setOnAction(event -> app.setLanguage(locale));
        return item;
    }

    /**
     * An item whose key has no modifier, such as ]: the menu shows the key, but while the user
     * types in a text field the key types there and the item does nothing.
     */
    private MenuItem readingItem(String key, Shortcut shortcut, Runnable action) {
        return item(key, shortcut, () -> {
            if (!view.typing()) {
                action.run();
            }
        });
    }

    private static MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
