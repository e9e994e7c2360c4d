package com.flagmark.app;

import com.flagmark.usecase.Change;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.RecleanScope;
import com.flagmark.annotate.Span;
import com.flagmark.library.SearchResult;
import com.flagmark.library.StoredArticle;
import com.flagmark.library.Passage;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.render.Highlight;
import com.flagmark.render.ReaderWords;
import com.flagmark.usecase.ReviewedSuggestion;
import com.flagmark.usecase.MetadataCorrections;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: the library on the left, the reader in the middle, the codebook, the
 * article's annotations and the annotation editor on the right. Keyboard first: every command
 * has a key (Help › Keyboard Shortcuts).
 */
final class MainView extends BorderPane {

    private final Workspace workspace;
    private final LibraryViewModel library;
    private final ArticleViewModel article;
    private final CodebookViewModel codebook;
    private final SuggestionsViewModel suggestions;
    private final SuggestionCommands suggestionCommands;
    private final AppSettings settings;
    private final FileDialogs files;
    private final LibraryPane libraryPane;
    private final CodebookPane codebookPane;
    private final ReaderView reader;
    private final ReaderSplit panes;
    private final CodePicker picker = new CodePicker();
    private final Label status = new Label();
    private final ArticleHits hits = new ArticleHits();
    private final Label hitPosition = new Label();
    /** The article and search whose hits the reader shows, so that a new one scrolls to its first hit. */
    private String hitsShown = "";
    private final CurrentArticle current = new CurrentArticle();
    /** What this window listens to on the view-models, removed when a language switch replaces it. */
    private final ModelListeners listeners = new ModelListeners();
    private int zoom;
    private boolean renderPending;
    private Optional<AnalysisWindow> analysis = Optional.empty();

    MainView(Workspace workspace, LibraryViewModel library, ArticleViewModel article, CodebookViewModel codebook,
            SuggestionsViewModel suggestions, AppSettings settings, FileDialogs files, Consumer<String> openInBrowser,
            MainMenu.AppCommands app) {
        this.workspace = workspace;
        this.library = library;
        this.article = article;
        this.codebook = codebook;
        this.suggestions = suggestions;
        this.settings = settings;
        this.files = files;
        this.zoom = settings.zoom();
        this.libraryPane = new LibraryPane(library, codebook, listeners);
        this.reader = new ReaderView(openInBrowser, new ReaderListener() {
            @Override
            public void selectionChanged(Optional<int[]> span) {
                article.select(span.map(pair -> new Span(pair[0], pair[1])));
            }

            @Override
            public void highlightsClicked(List<Long> ids) {
                article.highlightsClicked(ids);
            }

            @Override
            public void suggestionsClicked(List<Long> ids) {
                suggestions.select(Optional.of(ids.get(0)));
            }
        });
        reader.setOnEditDetails(this::editDetails);
        reader.setWords(new ReaderWords(Messages.get("reader.untitled"), Messages.get("reader.originalLink"),
                Messages.get("reader.storyOfPage"), Messages.get("reader.editorsNote"), Messages.get("reader.datePattern")));
        reader.setZoom(zoom);
        reader.setDark(app.isDark());
        CodebookDialogs dialogs = new CodebookDialogs(codebook, this::window);
        codebookPane = new CodebookPane(codebook, article, dialogs, this::apply, listeners);
        suggestionCommands = new SuggestionCommands(suggestions, this::window, () -> codebook.codebookProperty().get(),
                this::selectedArticles, () -> reader.localToScreen(reader.getBoundsInLocal()));
        SidebarTabs tabs = new SidebarTabs(new AnnotationsPane(article, codebook, listeners),
                new SuggestionsPane(suggestions, article, codebook, suggestionCommands::bulkAccept, listeners), suggestions,
                listeners);
        SplitPane sidebar = new SplitPane(codebookPane, tabs, new AnnotationEditor(article, codebook, this::pickCode,
                listeners));
        sidebar.setOrientation(Orientation.VERTICAL);
        SidebarRoom.follow(sidebar, tabs, tabs.suggestionsTab());
        libraryPane.setMinWidth(PaneWidths.LIBRARY_MIN);
        // The library-wide computation of suggestions waits while the list is scrolled, leaving it both cores.
        libraryPane.addEventFilter(ScrollEvent.SCROLL, event -> suggestions.libraryWide().userBusy());
        libraryPane.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> suggestions.libraryWide().userBusy());
        sidebar.setMinWidth(PaneWidths.SIDEBAR_MIN);
        panes = new ReaderSplit(libraryPane, readerWithHitPosition(), sidebar, settings.panes(), settings::panes);
        setTop(new MainMenu(this, workspace, app, listeners).bar());
        setCenter(panes);
        status.setPadding(new Insets(3, 10, 3, 10));
        status.getStyleClass().addAll("text-muted", "text-small");
        setBottom(status);
        bind();
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private ReaderView readerWithHitPosition() {
        hitPosition.textProperty().bind(hits.positionProperty());
        hitPosition.visibleProperty().bind(hits.positionProperty().isNotEmpty());
        hitPosition.getStyleClass().add("hit-position");
        hitPosition.setMouseTransparent(true);
        reader.addToHeader(hitPosition);
        return reader;
    }

    LibraryPane libraryPane() {
        return libraryPane;
    }

    ReaderView reader() {
        return reader;
    }

    SuggestionCommands suggestionCommands() {
        return suggestionCommands;
    }

    /** Returns a command that does nothing while the user types in a field, where its key is text. */
    Runnable unlessTyping(Runnable command) {
        return () -> {
            if (!(getScene() != null && getScene().getFocusOwner() instanceof TextInputControl)) {
                command.run();
            }
        };
    }

    // Commands the menus and keys call

    void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("dialog.importFolder.title"));
        Optional.ofNullable(chooser.showDialog(window())).ifPresent(folder -> askAndImport(folder.toPath()));
    }

    void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.importFile.title"));
        Optional.ofNullable(chooser.showOpenDialog(window())).ifPresent(file -> askAndImport(file.toPath()));
    }

    /** Imports a folder or file, showing progress and then the report. */
    void importPath(Path path) {
        ImportDialog.show(window(), library.importPath(path));
    }

    /** Asks for the paper and date of the files that give none, then imports them. */
    private void askAndImport(Path path) {
        ImportDialog.askOptions(window(), path)
                .ifPresent(options -> ImportDialog.show(window(), library.importPath(path, options)));
    }

    /**
     * Opens the details editor for the article shown or, when several are selected in the list,
     * for all of them; saves what the user corrected as one undoable change.
     */
    void editDetails() {
        List<Long> selected = List.copyOf(libraryPane.table().getSelectionModel().getSelectedItems());
        Optional<StoredArticle> shown = article.articleProperty().get();
        if (selected.size() <= 1 && shown.isEmpty()) {
            return;
        }
        List<Long> ids = selected.size() > 1 ? selected : List.of(shown.get().id());
        MetadataForm form = ids.size() == 1 ? MetadataForm.of(shown.get().article()) : MetadataForm.ofSeveral(ids.size());
        MetadataDialog.ask(window(), form).ifPresent(corrections ->
                workspace.performOnSession(session -> new MetadataCorrections(session).correct(ids, corrections)));
    }

    /** Asks for a file of annotations (W3C JSON, REFI-QDA), imports it with progress, then shows the report. */
    void importAnnotations() {
        if (workspace.libraryFileProperty().get() == null) {
            return;
        }
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(Messages.get("annotationImport.filter"),
                "*.json", "*.jsonld", "*.qdpx", "*.qdc");
        files.open(window(), Messages.get("annotationImport.file.title"), filter, settings.annotationImportFolder())
                .ifPresent(file -> {
                    Optional.ofNullable(file.toAbsolutePath().getParent()).ifPresent(settings::annotationImportFolder);
                    AnnotationImportDialog.show(window(), library.importAnnotations(file), file);
                });
    }

    /** Asks what to export, in which format and to which file, then exports with progress and says how it went. */
    void export() {
        if (workspace.libraryFileProperty().get() == null) {
            return;
        }
        Set<Long> selectedArticles = Set.copyOf(selectedArticles());
        Optional<Code> selectedCode = Optional.ofNullable(codebookPane.getSelectionModel().getSelectedItem())
                .map(TreeItem::getValue);
        new ExportDialog(new ExportViewModel(workspace, library, settings, selectedArticles, selectedCode), files,
                window()).show();
    }

    private List<Long> selectedArticles() {
        return List.copyOf(libraryPane.table().getSelectionModel().getSelectedItems());
    }

    /** Runs the full check of the open library with progress, then shows what it found. */
    void checkLibrary() {
        if (workspace.libraryFileProperty().get() != null) {
            CareDialogs.check(window(), library.care());
        }
    }

    /** Asks which backup of the open library to put back, and restores it. */
    void restoreBackup() {
        Path file = workspace.libraryFileProperty().get();
        if (file != null) {
            CareDialogs.restore(window(), library.care(), file);
        }
    }

    /** Re-cleans the articles selected in the list, with the other stories of their files. */
    void recleanSelected() {
        List<Long> ids = List.copyOf(libraryPane.table().getSelectionModel().getSelectedItems());
        if (!ids.isEmpty()) {
            reclean(RecleanScope.articles(ids));
        }
    }

    /** Asks, then re-cleans every article. */
    void recleanAll() {
        int count = libraryPane.table().getItems().size();
        if (workspace.libraryFileProperty().get() != null && RecleanDialog.confirm(window(), "reclean.all", count)) {
            reclean(RecleanScope.all());
        }
    }

    /** Offers to re-clean the articles an older cleaner made, if the library just opened has any. */
    void offerReclean() {
        workspace.read(LibrarySession::outdatedArticles, outdated -> {
            if (outdated > 0 && RecleanDialog.confirm(window(), "reclean.offer", outdated)) {
                reclean(RecleanScope.outdated());
            }
        });
    }

    private void reclean(RecleanScope scope) {
        RecleanDialog.show(window(), library.reclean(scope), workspace::recordDone);
    }

    void chooseLibrary(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(create ? "dialog.newLibrary.title" : "dialog.openLibrary.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.library.filter"),
                "*.sqlite", "*.flagmark", "*.db"));
        if (create) {
            chooser.setInitialFileName("library.sqlite");
        }
        File chosen = create ? chooser.showSaveDialog(window()) : chooser.showOpenDialog(window());
        if (chosen != null) {
            workspace.open(chosen.toPath());
        }
    }

    /** Opens the next (1) or previous (−1) article of the list. */
    void stepArticle(int direction) {
        var selection = libraryPane.table().getSelectionModel();
        int size = libraryPane.table().getItems().size();
        if (size > 0) {
            int index = Math.max(0, Math.min(size - 1, selection.getSelectedIndex() + direction));
            selection.clearAndSelect(index);
            libraryPane.table().scrollTo(Math.max(0, index - 3));
        }
    }

    /** Moves the reader to the next (1) or previous (−1) hit of the search in the open article. */
    void stepHit(int direction) {
        if (hits.step(direction)) {
            reader.showHit(hits.current(), true);
        }
    }

    /** Opens the window of passages, tables and charts across the library. */
    void showAnalysis() {
        if (workspace.libraryFileProperty().get() == null) {
            return;
        }
        analysis = analysis.or(() -> Optional.of(new AnalysisWindow(window(), workspace, files, settings::dark, this::openPassage)));
        analysis.get().show();
    }

    /** Returns the window across the library, if it was opened from this view. */
    Optional<AnalysisWindow> analysisWindow() {
        return analysis;
    }

    /**
     * Takes over the window across the library that a view before this one opened, as the
     * main window rebuilt for another language does: it speaks the new language and opens
     * passages in this view's reader.
     */
    void adoptAnalysis(Optional<AnalysisWindow> window) {
        analysis = window;
        window.ifPresent(adopted -> {
            adopted.openWith(this::openPassage);
            adopted.speakAgain();
        });
    }

    /** Opens a passage's article in the reader, scrolled to the passage and with it selected. */
    void openPassage(Passage passage) {
        long annotationId = passage.annotation().id();
        article.open(passage.annotation().articleId());
        // The reader shows the article on the pulse after it arrives; the passage is selected after that.
        workspace.read(session -> annotationId,
                id -> Platform.runLater(() -> article.selectAnnotation(Optional.of(id))));
        ((Stage) window()).toFront();
    }

    /** Imports the bundled sample articles, as offered to an empty library on its first start. */
    void importSamples() {
        importPath(SampleLibrary.folder());
    }

    /** Tells whether the keyboard is in a text field, where keys without a modifier type rather than command. */
    boolean typing() {
        return getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
    }

    void nextAnnotation() {
        article.nextAnnotation();
    }

    void previousAnnotation() {
        article.previousAnnotation();
    }

    void deleteAnnotation() {
        article.deleteSelected();
    }

    void focusSearch() {
        libraryPane.focusSearch();
    }

    /** Puts the keyboard on the article list, so the reading keys work from the start. */
    void focusList() {
        libraryPane.table().requestFocus();
    }

    /** Opens the code popup for the selection (or the selected annotation), just beside it. */
    void pickCode() {
        if (!article.hasTarget()) {
            status.setText(Messages.get("status.selectFirst"));
            return;
        }
        Bounds whole = reader.localToScreen(reader.getBoundsInLocal());
        Rectangle2D target = reader.targetOnScreen().orElse(new Rectangle2D(whole.getMinX() + 40, whole.getMinY() + 20,
                Math.max(1, whole.getWidth() - 80), 40));
        picker.show(window(), codebook.codebookProperty().get(), workspace.codeFilterProperty().get(), target, this::apply);
    }

    /** Makes the reader's text larger (1), smaller (−1) or its actual size (0). */
    void zoom(int step) {
        zoom = step == 0 ? 100 : Math.max(50, Math.min(300, zoom + step * 10));
        reader.setWords(new ReaderWords(Messages.get("reader.untitled"), Messages.get("reader.originalLink"),
                Messages.get("reader.storyOfPage"), Messages.get("reader.editorsNote"), Messages.get("reader.datePattern")));
        reader.setZoom(zoom);
        settings.zoom(zoom);
    }

    /**
     * Takes the place of {@code before} in its window (a language switch builds the window anew),
     * which then stops hearing the view-models; the keyboard goes back where it was there, once
     * this window is laid out and shows the article, or else to the list.
     */
    void replace(MainView before) {
        Optional<List<Integer>> focus = Optional.ofNullable(before.getScene().getFocusOwner())
                .flatMap(owner -> FocusPath.of(before, owner));
        before.dispose();
        before.getScene().setRoot(this);
        // After the pulse that renders the article (queued as this window was built), so the reader is there too.
        Platform.runLater(() -> {
            applyCss();
            layout();
            focus.flatMap(path -> FocusPath.find(this, path)).ifPresentOrElse(Node::requestFocus, this::focusList);
        });
    }

    /**
     * Stops hearing the view-models, which outlive this window: a language switch replaces it
     * with one in the new language, and this one must then be let go.
     */
    void dispose() {
        listeners.removeAll();
    }

    /** The number of listeners this window has on the view-models, for tests. */
    int modelListeners() {
        return listeners.count();
    }

    Window window() {
        return getScene().getWindow();
    }

    /** The words of the Undo or Redo item: the verb, and what the change did to what. */
    static String undoText(Optional<Change> change, String verbKey) {
        return change.map(each -> Messages.get(verbKey) + " " + Messages.get("action." + each.action()) + "：" + each.subject())
                .orElse(Messages.get(verbKey));
    }

    private void apply(Code code) {
        status.setText(article.applyCode(code) ? "" : Messages.get("status.selectFirst"));
    }

    private void bind() {
        libraryPane.table().getSelectionModel().selectedItemProperty().addListener((property, before, chosen) -> {
            if (chosen != null) {
                // The list may be reloading and have moved its selection on its own: open only
                // what is still selected once the reload is over.
                Platform.runLater(() -> openIfStillSelected(chosen));
            }
        });
        listeners.listen(library.articles(), (ListChangeListener<Long>) change -> keepCurrentSelected());
        listeners.listen(article.articleProperty(), (property, before, now) -> {
            now.ifPresentOrElse(shown -> current.shown(shown.id()), current::none);
            keepCurrentSelected();
        });
        article.articleProperty().get().ifPresent(shown -> current.shown(shown.id()));
        keepCurrentSelected();
        listeners.listen(article.articleProperty(), (property, before, now) -> render());
        listeners.listen(article.annotations(), (ListChangeListener<Annotation>) change -> render());
        listeners.listen(suggestions.shown(), (ListChangeListener<ReviewedSuggestion>) change -> marksChanged());
        listeners.listen(suggestions.selectedProperty(), (property, before, selected) ->
                reader.setSelectedSuggestion(selected.map(CodeSuggestion::id)));
        listeners.listen(article.selectedProperty(), (property, before, selected) -> {
            reader.setSelected(selected.map(Annotation::id));
            selected.ifPresent(annotation -> reader.reveal(annotation.id()));
        });
        listeners.listen(library.totalProperty(), (property, before, now) -> updateStatus());
        listeners.listen(library.queryProperty(), (property, before, now) -> render());
        listeners.listen(library.shortenedProperty(), (property, before, now) -> updateStatus());
        listeners.listen(workspace.libraryFileProperty(), (property, before, file) -> updateStatus());
        listeners.listen(workspace.errorProperty(), (property, before, message) -> showError(message));
        listeners.listen(library.care().damagedProperty(), (property, before, damaged) -> {
            if (damaged && getScene() != null) {
                CareDialogs.offerLastBackup(window(), library.care(), workspace.libraryFileProperty().get());
            }
        });
        render();
        updateStatus();
    }

    private void openIfStillSelected(long articleId) {
        Long selected = libraryPane.table().getSelectionModel().getSelectedItem();
        if (selected == null || selected != articleId || !current.opens(articleId)) {
            return;
        }
        article.open(articleId);
        Path file = workspace.libraryFileProperty().get();
        if (file != null) {
            settings.lastArticle(file.toString(), articleId);
        }
    }

    /** Selects the current article's row, so that the list and the reader show the same article. */
    private void keepCurrentSelected() {
        var table = libraryPane.table();
        Long selected = table.getSelectionModel().getSelectedItem();
        if (current.id().isEmpty() || (selected != null && selected == current.id().getAsLong())) {
            return;
        }
        int row = current.rowIn(table.getItems());
        if (row >= 0) {
            table.getSelectionModel().clearAndSelect(row);
        } else {
            table.getSelectionModel().clearSelection();
        }
    }

    /** Shows the article and its highlights once the changes of this moment have all arrived. */
    private void render() {
        if (renderPending) {
            return;
        }
        renderPending = true;
        Platform.runLater(this::renderNow);
    }

    private void renderNow() {
        renderPending = false;
        article.articleProperty().get().ifPresentOrElse(shown -> {
            reader.show(shown.article(), highlights());
            showHits(shown.id(), shown.article().text());
        }, () -> {
            reader.showPlaceholder(Messages.get("reader.empty"));
            hits.find("", "");
        });
    }

    /**
     * The suggestions of the article in the reader have changed. An article's first suggestions,
     * shown while the pass warms up (the window's first opening), go into its page at once,
     * before the pulse that styles and lays out the sidebar's new rows, rather than after it.
     * Any other change, and one that a change of the article or its annotations waits with, is
     * rendered with the moment's other changes: done at once for every opening, the swap moved
     * that pulse into the next opening of a quick review and made it slower.
     */
    private void marksChanged() {
        boolean inPage = article.articleProperty().get().map(shown -> reader.shows(shown.article())).orElse(false);
        if (renderPending || !inPage || !suggestions.showsFirstSuggestions()) {
            render();
        } else {
            renderNow();
        }
    }

    /** The annotations' highlights and the suggestions' marks, the reader draws them all. */
    private List<Highlight> highlights() {
        List<Highlight> all = new ArrayList<>(article.highlights());
        all.addAll(suggestions.highlights());
        return all;
    }

    /** Marks the search's hits in the article shown; an article or search new to the reader scrolls to the first. */
    private void showHits(long articleId, String text) {
        String query = library.queryProperty().get();
        hits.find(query, text);
        String shown = articleId + "\n" + query;
        reader.markHits(hits.hits(), Math.max(0, hits.current()), !shown.equals(hitsShown));
        hitsShown = shown;
    }

    private void showError(String message) {
        if (message.isEmpty() || getScene() == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(window());
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
        workspace.clearError();
    }

    private void updateStatus() {
        Path file = workspace.libraryFileProperty().get();
        status.setText(file == null ? "" : Messages.get("status.articles", library.totalProperty().get(), file)
                + (library.shortenedProperty().get() ? " · " + Messages.get("status.queryShortened",
                        SearchResult.mostCharacters()) : ""));
    }

    /** Keys without a modifier act on the reader, unless the user is typing in a field. */
    private void onKey(KeyEvent key) {
        if (Shortcut.NEXT_HIT.combination().match(key) || Shortcut.PREVIOUS_HIT.combination().match(key)) {
            stepHit(key.isShiftDown() ? -1 : 1);
            key.consume();
            return;
        }
        if (key.getTarget() instanceof TextInputControl || picker.isShowing() || key.isAltDown() || key.isShortcutDown()) {
            return;
        }
        String text = key.getText();
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '9') {
            status.setText(article.applyShortcut(text) ? "" : Messages.get("status.selectFirst"));
        } else if (text.equals("]")) {
            nextAnnotation();
        } else if (text.equals("[")) {
            previousAnnotation();
        } else if ((text.equals("n") || text.equals("N")) && reader.isFocusWithin()) {
            stepHit(text.equals("n") ? 1 : -1);
        } else if (key.getCode() == KeyCode.ENTER && article.articleProperty().get().isPresent()) {
            pickCode();
        } else if ((key.getCode() == KeyCode.DELETE || key.getCode() == KeyCode.BACK_SPACE)
                && article.selectedProperty().get().isPresent()) {
            deleteAnnotation();
        } else {
            return;
        }
        key.consume();
    }
}
