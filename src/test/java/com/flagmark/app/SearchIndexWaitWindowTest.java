package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window, headless, while a search waits for the search index: a note above the list
 * says so in the user's language, with how far the index is, and goes once the search has run.
 */
@ExtendWith(ApplicationExtension.class)
class SearchIndexWaitWindowTest {

    /** Four articles, two of them about 约谈, each logged again 400 times behind the index's back: three batches. */
    private static final int LOGGED_AGAIN = 400;

    @TempDir
    Path temp;

    private final HeldExecutor waiting = new HeldExecutor();
    private Preferences preferences;
    private LaggingIndex lagging;
    private LibraryViewModel list;
    private MainView view;

    @Start
    void start(Stage stage) throws IOException, SQLException {
        Messages.use(Locale.ENGLISH);
        Path file = temp.resolve("library.sqlite");
        importReports(file);
        lagging = LaggingIndex.of(file, LOGGED_AGAIN);
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        Workspace workspace = new Workspace(new SynchronousExecutor(), "tester");
        list = new LibraryViewModel(workspace, new SynchronousExecutor(), waiting);
        ArticleViewModel article = new ArticleViewModel(workspace);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article, new SynchronousExecutor(),
                new SynchronousExecutor(), new SynchronousExecutor());
        view = new MainView(workspace, list, article, new CodebookViewModel(workspace), suggestions,
                new AppSettings(preferences), FileDialogs.SYSTEM, url -> { }, new QuietApp());
        stage.setScene(new Scene(view, 1024, 700));
        stage.show();
        workspace.open(file);
    }

    @AfterEach
    void closeAndForget() throws BackingStoreException {
        lagging.close();
        preferences.removeNode();
        Messages.use(Locale.getDefault());
    }

    @Test
    void aWaitingSearchSaysHowFarTheIndexIsAboveTheListUntilItHasRun(FxRobot robot) {
        robot.interact(() -> list.search("约谈"));

        long indexed = lagging.indexedBefore();
        long logged = indexed + 4 * LOGGED_AGAIN;
        assertThat(note(robot).isVisible()).isTrue();
        assertThat(noteText(robot)).startsWith("The search index is being brought up to date: " + thousands(indexed)
                + " of " + thousands(logged) + " changes (" + indexed * 100 / logged + " %).")
                .contains("“约谈” is searched when it is ready");
        assertThat(view.libraryPane().table().getItems()).hasSize(4);

        robot.interact(waiting::runNext);

        assertThat(noteText(robot)).startsWith("The search index is being brought up to date: "
                + thousands(indexed + 500) + " of ");

        robot.interact(waiting::runAll);

        assertThat(note(robot).isVisible()).isFalse();
        assertThat(note(robot).isManaged()).isFalse();
        assertThat(view.libraryPane().table().getItems()).hasSize(2);
    }

    private static String thousands(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }

    private Node note(FxRobot robot) {
        return robot.lookup(".index-wait").query();
    }

    private String noteText(FxRobot robot) {
        return robot.from(note(robot)).lookup(".label").queryAs(Label.class).getText();
    }

    private static void importReports(Path file) throws IOException {
        Path folder = Files.createDirectories(file.resolveSibling("reports"));
        String[] bodies = {"市纪委约谈了进度滞后的项目负责人。", "全市重点项目全面复工。", "被约谈单位须在十日内整改。",
            "各县区对照排名查找差距。"};
        for (int i = 0; i < bodies.length; i++) {
            Files.writeString(folder.resolve(i + ".md"), "---\nlayout: post\ntitle: \"通报" + i
                    + "\"\ndate: 2023-02-07 09:00:00 +0800\n---\n<p>" + bodies[i] + "</p>\n");
        }
        try (Library open = Library.open(file)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), open.importStore()).importPath(folder, Progress.NONE);
        }
    }
}
