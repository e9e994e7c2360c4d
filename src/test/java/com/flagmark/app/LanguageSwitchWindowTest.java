package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Language builds the window anew: the keyboard stays where it was, and the old window stops hearing the view-models. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchWindowTest {

    private static final String SEED = "seeds/003_6413692d2a5cad3e.txt";

    @TempDir
    Path temp;

    private Stage stage;
    private Preferences preferences;
    private Workspace workspace;
    private LibraryViewModel library;
    private ArticleViewModel article;
    private CodebookViewModel codebook;
    private SuggestionsViewModel suggestions;
    private MainView view;

    @Start
    void start(Stage primary) {
        // A stage of its own: TestFX keeps every event fired in the primary stage, and with them
        // their sources, nodes of a window the test expects to be let go.
        stage = new Stage();
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        codebook = new CodebookViewModel(workspace);
        suggestions = new SuggestionsViewModel(workspace, article, new SynchronousExecutor(), new SynchronousExecutor(),
                new SynchronousExecutor());
        view = newView();
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
        workspace.open(temp.resolve("library.sqlite"));
    }

    @AfterEach
    void forget(FxRobot robot) throws BackingStoreException {
        robot.interact(workspace::close);
        robot.interact(stage::close);
        preferences.removeNode();
        Messages.use(Locale.getDefault());
    }

    @Test
    void theKeyboardStaysInTheCodebookAcrossASwitch(FxRobot robot) throws Exception {
        importAndOpen(robot);
        robot.interact(() -> view.lookup(".tree-table-view").requestFocus());

        switchTo(robot, Locale.ENGLISH);

        Node focused = onFx(() -> stage.getScene().getFocusOwner());
        assertThat(focused).isInstanceOf(CodebookPane.class);
        assertThat(isInside(focused, view)).isTrue();
    }

    @Test
    void theKeyboardGoesToTheListWhenItWasNowhereInTheWindow(FxRobot robot) throws Exception {
        importAndOpen(robot);
        robot.interact(() -> stage.getScene().getRoot().requestFocus());

        switchTo(robot, Locale.ENGLISH);

        assertThat(onFx(() -> stage.getScene().getFocusOwner())).isSameAs(view.libraryPane().table());
    }

    @Test
    void theOldWindowStopsHearingTheViewModelsAndTheNewOneHearsAsMany(FxRobot robot) throws Exception {
        importAndOpen(robot);
        MainView first = view;
        int listening = first.modelListeners();

        switchTo(robot, Locale.ENGLISH);
        switchTo(robot, Locale.SIMPLIFIED_CHINESE);

        assertThat(first.modelListeners()).isZero();
        assertThat(view.modelListeners()).isEqualTo(listening).isPositive();
    }

    @Test
    void theOldWindowIsLetGoOnceReplaced(FxRobot robot) throws Exception {
        importAndOpen(robot);
        WeakReference<MainView> first = new WeakReference<>(view);

        switchTo(robot, Locale.ENGLISH);
        switchTo(robot, Locale.SIMPLIFIED_CHINESE);

        assertThat(collected(first)).isTrue();
    }

    /** Whether the object is collected after a few collections; a collection is a request the JVM may put off. */
    private static boolean collected(WeakReference<?> reference) {
        for (int i = 0; i < 10 && reference.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        return reference.get() == null;
    }

    private void switchTo(FxRobot robot, Locale language) {
        robot.interact(() -> {
            Messages.use(language);
            MainView before = view;
            view = newView();
            view.replace(before);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MainView newView() {
        return new MainView(workspace, library, article, codebook, suggestions, new AppSettings(preferences),
                FileDialogs.SYSTEM, url -> { }, new QuietApp());
    }

    private void importAndOpen(FxRobot robot) throws IOException, TimeoutException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.copy(Path.of(SEED), folder.resolve(Path.of(SEED).getFileName()));
        robot.interact(() -> view.importPath(folder));
        DialogPane report = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(report.lookupButton(ButtonType.OK));
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article.articleProperty().get().isPresent());
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
