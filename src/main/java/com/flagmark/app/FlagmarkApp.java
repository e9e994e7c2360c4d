package com.flagmark.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.flagmark.usecase.LibrarySession;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop app: opens the library, builds the main window where the user left it, reopens
 * the last article, offers the sample articles to an empty library, and switches theme and
 * language.
 */
public final class FlagmarkApp extends Application implements MainMenu.AppCommands {

    /** How long after the list shows the check after opening waits for a first article to be opened. */
    static final Duration CHECK_UNLESS_OPENED = Duration.seconds(5);
    /** How long after the first article's suggestions arrive the check waits: their marks are placed and drawn meanwhile. */
    static final Duration CHECK_AFTER_MARKS = Duration.seconds(1);
    /**
     * How long after an article's first suggestions, before the pass is warm, its whole list is
     * computed: the page places and draws their marks meanwhile without the gazetteer's loading
     * and its collections beside it (docs/BENCHMARKS.md, decision 0045).
     */
    static final Duration WHOLE_AFTER_FIRST = Duration.millis(300);

    private final AppSettings settings = AppSettings.forUser();
    private Stage stage;
    private Workspace workspace;
    private LibraryViewModel library;
    private ArticleViewModel article;
    private CodebookViewModel codebook;
    private SuggestionsViewModel suggestions;
    private MainView view;

    /** Opens the desktop app on a library file, or on the default library; returns when it closes. */
    public static void launch(Optional<Path> library) {
        Application.launch(FlagmarkApp.class, library.map(file -> "--library=" + file).stream().toArray(String[]::new));
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        Path file = Optional.ofNullable(getParameters().getNamed().get("library")).map(Path::of)
                .orElseGet(LibrarySession::defaultFile);
        workspace = new Workspace(BackgroundExecutor.serial("library"),
                Objects.requireNonNullElse(System.getProperty("user.name"), "coder"));
        // The library is read on its thread while this one builds the window: what it read reaches
        // the window's listeners only once this method has returned and they are all in place.
        workspace.open(file);
        settings.language().ifPresent(FlagmarkApp::useLanguage);
        applyTheme(settings.dark());
        UiFonts.applyToEveryWindow();
        library = new LibraryViewModel(workspace, BackgroundExecutor.parallel("import"),
                BackgroundExecutor.serial("search-index-wait"));
        article = new ArticleViewModel(workspace);
        codebook = new CodebookViewModel(workspace);
        suggestions = new SuggestionsViewModel(workspace, article, BackgroundExecutor.serial("suggestions"),
                BackgroundExecutor.serial("suggestions-warm-up"), BackgroundExecutor.serial("suggestions-library"));
        suggestions.followFirstSuggestionsThrough(work -> later(WHOLE_AFTER_FIRST, work));
        workspace.onOpen(() -> view.offerReclean());
        view = buildView();
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Objects.requireNonNull(FlagmarkApp.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        WindowPlacement.restore(stage, settings);
        stage.setOnCloseRequest(close -> remember());
        stage.show();
        view.focusList();
        suggestions.holdBackgroundWork();
        library.care().holdCheck();
        library.afterNextLoad(count -> {
            StartupMarker.listRead(scene, count);
            OptionalLong last = settings.lastArticle(file.toString());
            boolean reopening = last.isPresent() && library.indexOf(last.getAsLong()) >= 0;
            NextLayout.then(scene, () -> {
                // The article left open last time gets its marks before the suggestions' warm-up loads the gazetteer.
                if (reopening) {
                    suggestions.releaseBackgroundWorkAfterNextOpening();
                } else {
                    suggestions.releaseBackgroundWork();
                }
                releaseCheckWhenIdle();
            });
            if (count == 0) {
                offerSamples();
                return;
            }
            // The list is drawn first; then the reader, and the article the user left open.
            view.reader().prepare();
            last.ifPresent(id -> NextLayout.then(scene, () -> view.libraryPane().select(id)));
        });
    }

    /**
     * Lets the check after opening run a moment after the first article opened has its marks, or
     * once {@link #CHECK_UNLESS_OPENED} has passed without one: it reads the whole file, about a
     * second of CPU at 100,000 articles, which on two cores took the first opening's page and
     * marks past their budget when it ran as the list showed.
     */
    private void releaseCheckWhenIdle() {
        suggestions.afterNextMarks(() -> releaseCheckAfter(CHECK_AFTER_MARKS));
        releaseCheckAfter(CHECK_UNLESS_OPENED);
    }

    private void releaseCheckAfter(Duration wait) {
        later(wait, library.care()::releaseCheck);
    }

    /** Runs {@code work} on the FX thread after {@code wait}. */
    static void later(Duration wait, Runnable work) {
        PauseTransition pause = new PauseTransition(wait);
        pause.setOnFinished(done -> work.run());
        pause.play();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Override
    public boolean isDark() {
        return settings.dark();
    }

    @Override
    public void setDark(boolean dark) {
        settings.dark(dark);
        applyTheme(dark);
        view.reader().setDark(dark);
    }

    @Override
    public void setLanguage(Locale locale) {
        useLanguage(locale);
        settings.language(locale);
        MainView before = view;
        view = buildView();
        view.adoptAnalysis(before.analysisWindow());
        view.replace(before);
        stage.setTitle(Messages.get("app.title"));
    }

    @Override
    public void showShortcuts() {
        KeyboardHelp.show(stage);
    }

    @Override
    public void quit() {
        remember();
        Platform.exit();
    }

    private MainView buildView() {
        return new MainView(workspace, library, article, codebook, suggestions, settings, FileDialogs.SYSTEM,
                url -> Browser.open(url, getHostServices(), stage), this);
    }

    private void remember() {
        WindowPlacement.remember(stage, settings);
        settings.flush();
    }

    /**
     * Speaks the chosen language everywhere: in Flagmark's own texts and in those JavaFX writes
     * itself (dialog buttons, a text field's menu), which follow the default locale.
     */
    private static void useLanguage(Locale locale) {
        Messages.use(locale);
        Locale.setDefault(locale);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void offerSamples() {
        ButtonType load = new ButtonType(Messages.get("sample.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(Messages.get("sample.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert offer = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("sample.content"), load, skip);
        offer.initOwner(stage);
        offer.setTitle(Messages.get("sample.title"));
        offer.setHeaderText(Messages.get("sample.header"));
        offer.showAndWait().filter(load::equals).ifPresent(choice -> view.importPath(SampleLibrary.folder()));
    }
}
