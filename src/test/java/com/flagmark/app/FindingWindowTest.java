package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.library.Snippet;
import com.flagmark.usecase.ListedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Finding in the main window, headless: a search's result shows its snippet, opens with its hits marked, and F3 steps through them. */
@ExtendWith(ApplicationExtension.class)
class FindingWindowTest {

    /** 约谈 three times in the body, once in the first paragraph and twice in the second; not in the title. */
    private static final String REPORT = """
            ---
            layout: post
            title: "督导通报"
            date: 2023-02-07 09:00:00 +0800
            ---
            <p>市里对进度滞后的三个单位进行约谈。</p>
            <p>被约谈单位须在十日内整改，逾期未改的再次约谈主要负责人。</p>
            """;
    private static final String OTHER = """
            ---
            layout: post
            title: "项目建设提速"
            date: 2023-02-08 09:00:00 +0800
            ---
            <p>全市重点项目全面复工，各县区对照排名查找差距。</p>
            """;

    @TempDir
    Path temp;

    private Preferences preferences;
    private Workspace workspace;
    private LibraryViewModel list;
    private MainView view;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        list = new LibraryViewModel(workspace, new SynchronousExecutor());
        ArticleViewModel article = new ArticleViewModel(workspace);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article, new SynchronousExecutor(),
                new SynchronousExecutor(), new SynchronousExecutor());
        view = new MainView(workspace, list, article, new CodebookViewModel(workspace), suggestions,
                new AppSettings(preferences), FileDialogs.SYSTEM, url -> { }, new QuietApp());
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
        workspace.open(temp.resolve("library.sqlite"));
    }

    @AfterEach
    void closeTheLibraryAndForgetSettings(FxRobot robot) throws BackingStoreException {
        robot.interact(workspace::close);
        preferences.removeNode();
    }

    @Test
    void aResultOpensWithEveryHitMarkedAndF3StepsToTheSecond(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("reports"));
        Files.writeString(folder.resolve("report.md"), REPORT);
        Files.writeString(folder.resolve("other.md"), OTHER);
        robot.interact(() -> view.importPath(folder));

        robot.interact(() -> list.search("约谈"));

        assertThat(list.totalProperty().get()).isEqualTo(1);
        Snippet snippet = list.row(0).flatMap(ListedArticle::snippet).orElseThrow();
        assertThat(snippet.text()).startsWith("市里对进度滞后的三个单位进行约谈");

        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForHits(3);

        assertThat(hitTexts()).containsExactly("约谈", "约谈", "约谈");
        assertThat(currentHit()).isZero();
        assertThat(hitPosition(robot)).isEqualTo(Messages.get("hits.position", 1, 3));

        // Pressed as the window receives it: the robot's F3 does not reach a headless window.
        robot.interact(() -> Event.fireEvent(view.libraryPane().table(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F3, false, false, false, false)));

        assertThat(currentHit()).isEqualTo(1);
        assertThat(hitPosition(robot)).isEqualTo(Messages.get("hits.position", 2, 3));
    }

    private String hitPosition(FxRobot robot) {
        return robot.lookup(".hit-position").queryAs(Label.class).getText();
    }

    private void waitForHits(int count) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> engine().getLoadWorker().getState()
                == Worker.State.SUCCEEDED && engine().getDocument() != null && hits().size() == count));
    }

    private List<String> hitTexts() throws Exception {
        return onFx(() -> hits().stream().map(Element::getTextContent).toList());
    }

    /** The index of the hit drawn as the current one, −1 when none is. */
    private int currentHit() throws Exception {
        return onFx(() -> {
            List<Element> hits = hits();
            for (int i = 0; i < hits.size(); i++) {
                if (List.of(hits.get(i).getAttribute("class").split(" ")).contains("fm-hit-current")) {
                    return i;
                }
            }
            return -1;
        });
    }

    private List<Element> hits() {
        NodeList marks = engine().getDocument().getElementsByTagName("mark");
        List<Element> hits = new ArrayList<>();
        for (int i = 0; i < marks.getLength(); i++) {
            hits.add((Element) marks.item(i));
        }
        return hits;
    }

    private WebEngine engine() {
        return view.reader().engine();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
