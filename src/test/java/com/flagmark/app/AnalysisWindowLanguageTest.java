package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window across the library follows a change of language as the main window does: the
 * main view built again for the new language takes the open window over, which then speaks
 * that language, keeping the tab in front.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowLanguageTest {

    @TempDir
    Path temp;

    private Preferences preferences;
    private Workspace workspace;
    private MainView view;

    @Start
    void start(Stage stage) {
        Messages.use(Locale.ENGLISH);
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        view = mainView();
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        workspace.open(temp.resolve("library.sqlite"));
    }

    @AfterEach
    void speakEnglishAgain(FxRobot robot) throws BackingStoreException {
        robot.interact(workspace::close);
        Messages.use(Locale.ENGLISH);
        preferences.removeNode();
    }

    @Test
    void theOpenWindowSpeaksTheNewLanguageAndKeepsItsTab(FxRobot robot) {
        robot.interact(view::showAnalysis);
        Stage analysis = analysisStage(robot, "Across the Library");
        robot.interact(() -> tabs(analysis).getSelectionModel().select(2));

        robot.interact(() -> {
            Messages.use(Locale.CHINESE);
            MainView rebuilt = mainView();
            rebuilt.adoptAnalysis(view.analysisWindow());
            view = rebuilt;
        });

        assertThat(analysis.getTitle()).isEqualTo("跨资料库查看");
        assertThat(tabs(analysis).getTabs()).extracting(Tab::getText).containsExactly("段落", "矩阵", "时间线", "成效");
        assertThat(tabs(analysis).getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(view.analysisWindow()).isPresent();
    }

    private MainView mainView() {
        ArticleViewModel article = new ArticleViewModel(workspace);
        return new MainView(workspace, new LibraryViewModel(workspace, new SynchronousExecutor()), article,
                new CodebookViewModel(workspace), new SuggestionsViewModel(workspace, article,
                        new SynchronousExecutor(), new SynchronousExecutor(), new SynchronousExecutor()),
                new AppSettings(preferences), FileDialogs.SYSTEM, url -> { },
                new QuietApp());
    }

    private static Stage analysisStage(FxRobot robot, String title) {
        List<Window> windows = robot.listWindows();
        return windows.stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> title.equals(stage.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("No window " + title));
    }

    private static TabPane tabs(Stage stage) {
        return (TabPane) stage.getScene().getRoot().lookup(".tab-pane");
    }
}
