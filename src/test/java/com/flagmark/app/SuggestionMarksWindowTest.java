package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Span;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.ReviewedSuggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
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

/**
 * An article's suggestions computed after it opened reach the page already shown, in the real
 * window and WebView, headless, on the real pass: their marks are swapped into it, no page is
 * loaded again, and the annotations' marks stay.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionMarksWindowTest {

    /** 潍坊市 (a region) twice, 约谈 (措施/约谈问责) and 返岗率达98% (成效/复工复产); 部署全年工作 is coded by hand. */
    private static final String ARTICLE = "潍坊市召开项目建设推进会，部署全年工作。\n\n3月1日，潍坊市召开重点项目建设推进会，"
            + "对进度滞后的单位主要负责人进行约谈。截至2月20日，全市返岗率达98%。\n";

    @TempDir
    Path temp;

    /** Reads the article's suggestions only when the test lets it, as a thread busy with HanLP would. */
    private final HeldExecutor reading = new HeldExecutor();
    private Preferences preferences;
    private Workspace workspace;
    private ArticleViewModel article;
    private SuggestionsViewModel suggestions;
    private MainView view;

    @Start
    void start(Stage stage) throws IOException {
        Path libraryFile = temp.resolve("library.sqlite");
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("weifang.txt"), ARTICLE);
        try (LibrarySession session = LibrarySession.open(libraryFile, "tester")) {
            session.importPath(folder, 1).run(Progress.NONE);
        }
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        // The library-wide run is never let go, so the article opened has no suggestions stored.
        suggestions = new SuggestionsViewModel(workspace, article, reading, reading, new HeldExecutor());
        view = new MainView(workspace, library, article, new CodebookViewModel(workspace), suggestions,
                new AppSettings(preferences), FileDialogs.SYSTEM, url -> { }, new QuietApp());
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
        workspace.open(libraryFile);
    }

    @AfterEach
    void closeTheLibraryAndForgetSettings(FxRobot robot) throws BackingStoreException {
        robot.interact(workspace::close);
        preferences.removeNode();
    }

    @Test
    void suggestionsComputedAfterOpeningAreMarkedInThePageShownAndAnnotationsStay(FxRobot robot) throws Exception {
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForPage();
        robot.interact(() -> {
            String text = article.articleProperty().get().orElseThrow().article().text();
            int start = text.indexOf("部署全年工作");
            article.select(Optional.of(new Span(start, start + "部署全年工作".length())));
            article.applyShortcut("1");
        });
        assertThat(textOfRuns("data-ann")).isEqualTo("部署全年工作");
        assertThat(textOfRuns("data-sug")).isEmpty();
        List<Worker.State> loads = new ArrayList<>();
        robot.interact(() -> view.reader().engine().getLoadWorker().stateProperty().addListener(
                (property, before, state) -> loads.add(state)));

        robot.interact(reading::runAll);

        assertThat(suggestions.shown()).isNotEmpty();
        assertThat(textOfRuns("data-sug")).isEqualTo("潍坊市潍坊市约谈返岗率达98%");
        assertThat(textOfRuns("data-ann")).isEqualTo("部署全年工作");
        assertThat(loads).isEmpty();
    }

    @Test
    void anArticlesFirstSuggestionsAreInItsPageBeforeAnythingElseHearsOfThem(FxRobot robot) throws Exception {
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForPage();
        List<String> marksWhenShown = new ArrayList<>();
        robot.interact(() -> suggestions.shown().addListener((ListChangeListener<ReviewedSuggestion>) change ->
                marksWhenShown.add(marksInPage())));

        // The article's own read, ahead of the warm-up held before it: its measures and outcomes alone.
        robot.interact(reading::runLast);

        assertThat(suggestions.showsFirstSuggestions()).isTrue();
        assertThat(marksWhenShown).containsExactly("约谈返岗率达98%");
    }

    @Test
    void theWholeListOfSuggestionsIsMarkedWithTheMomentsOtherChanges(FxRobot robot) throws Exception {
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForPage();
        List<String> marksWhenShown = new ArrayList<>();
        robot.interact(() -> suggestions.shown().addListener((ListChangeListener<ReviewedSuggestion>) change ->
                marksWhenShown.add(marksInPage())));

        robot.interact(reading::runAll);

        assertThat(marksWhenShown).containsExactly("");
        assertThat(textOfRuns("data-sug")).isEqualTo("潍坊市潍坊市约谈返岗率达98%");
    }

    /** The text of the suggestions' marks in the page now, asked of the page itself. */
    private String marksInPage() {
        return String.valueOf(view.reader().engine().executeScript(
                "Array.from(document.querySelectorAll('span[data-sug]')).map(s => s.textContent).join('')"));
    }

    /** The text of every run of the page that carries the attribute ({@code data-ann} or {@code data-sug}), in page order. */
    private String textOfRuns(String attribute) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            NodeList runs = view.reader().engine().getDocument().getElementsByTagName("span");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < runs.getLength(); i++) {
                Element run = (Element) runs.item(i);
                if (run.hasAttribute(attribute)) {
                    text.append(run.getTextContent());
                }
            }
            return text.toString();
        });
    }

    private void waitForPage() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> view.reader().engine().getLoadWorker()
                .getState() == Worker.State.SUCCEEDED && view.reader().engine().getDocument() != null
                && view.reader().engine().getDocument().getElementsByTagName("h1").getLength() > 0));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
