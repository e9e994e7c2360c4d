package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.SuggestionRejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
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

/** Reviewing suggestions with the keyboard in the real window and WebView, headless, on the real pass. */
@ExtendWith(ApplicationExtension.class)
class SuggestionReviewWindowTest {

    /** Starts with 潍坊市 (a region, 370700), and has one 约谈 (措施/约谈问责) and 返岗率达98% (成效/复工复产). */
    private static final String ARTICLE = "潍坊市召开项目建设推进会，部署全年工作。\n\n3月1日，潍坊市召开重点项目建设推进会，"
            + "对进度滞后的单位主要负责人进行约谈。截至2月20日，全市返岗率达98%。\n";

    @TempDir
    Path temp;

    private Path libraryFile;
    private Preferences preferences;
    private Workspace workspace;
    private SuggestionsViewModel suggestions;
    private MainView view;

    @Start
    void start(Stage stage) {
        libraryFile = temp.resolve("library.sqlite");
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel library = new LibraryViewModel(workspace, new SynchronousExecutor());
        ArticleViewModel article = new ArticleViewModel(workspace);
        suggestions = new SuggestionsViewModel(workspace, article, new SynchronousExecutor(), new SynchronousExecutor(),
                new SynchronousExecutor());
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
    void theFirstSuggestionAcceptedWithItsKeyBecomesAnAnnotationWithItsLink(FxRobot robot) throws Exception {
        importAndOpen(robot);

        robot.type(KeyCode.J);
        CodeSuggestion first = selected();
        robot.type(KeyCode.A);

        assertThat(first.exact()).isEqualTo("潍坊市");
        Annotation stored = storedAnnotations().get(0);
        assertThat(stored.anchor().start()).isZero();
        assertThat(stored.anchor().exact()).isEqualTo("潍坊市");
        assertThat(stored.attributes()).containsEntry("gazetteer", "370700");
        assertThat(textOfRuns("data-ann", stored.id())).isEqualTo("潍坊市");
        assertThat(suggestions.shown()).noneMatch(each -> each.suggestion().id() == first.id());
    }

    @Test
    void aSuggestionRejectedWithItsKeyIsStoredAndItsMarkGoes(FxRobot robot) throws Exception {
        importAndOpen(robot);
        robot.type(KeyCode.J);
        robot.type(KeyCode.J);
        CodeSuggestion second = selected();
        assertThat(textOfRuns("data-sug", second.id())).isEqualTo(second.exact());

        robot.type(KeyCode.X);

        assertThat(storedRejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.anchor().start()).isEqualTo(second.start());
            assertThat(rejection.code()).isEqualTo(second.code());
        });
        assertThat(textOfRuns("data-sug", second.id())).isEmpty();
        assertThat(storedAnnotations()).isEmpty();
        assertThat(selected().id()).isNotEqualTo(second.id());
    }

    @Test
    void anAcceptMadeWithItsKeyIsUndoneWithTheOtherChanges(FxRobot robot) throws Exception {
        importAndOpen(robot);
        robot.type(KeyCode.J);
        long first = selected().id();
        robot.type(KeyCode.A);
        assertThat(storedAnnotations()).hasSize(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(storedAnnotations()).isEmpty();
        assertThat(suggestions.shown()).anyMatch(each -> each.suggestion().id() == first);
    }

    @Test
    void reviewGivesTheSuggestionsMostOfTheSidebarAndCodingTakesItsRoomBackAsTheUserLeftIt(FxRobot robot)
            throws Exception {
        importAndOpen(robot);
        SidebarTabs tabs = robot.lookup(node -> node instanceof SidebarTabs).query();
        SplitPane sidebar = robot.lookup(node -> node instanceof SplitPane split && split.getItems().contains(tabs))
                .query();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> sidebar.setDividerPositions(0.2, 0.5));

        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        double reviewing = tabs.getHeight() / sidebar.getHeight();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reviewing).isGreaterThan(0.7);
        assertThat(sidebar.getDividerPositions()).containsExactly(new double[] {0.2, 0.5}, within(0.01));
    }

    @Test
    void theReviewKeysAreTextInTheSearchField(FxRobot robot) throws Exception {
        importAndOpen(robot);
        robot.type(KeyCode.J);
        robot.interact(view::focusSearch);

        robot.type(KeyCode.A, KeyCode.X);

        assertThat(storedAnnotations()).isEmpty();
        assertThat(storedRejections()).isEmpty();
    }

    private void importAndOpen(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("weifang.txt"), ARTICLE);
        robot.interact(() -> view.importPath(folder));
        DialogPane report = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(report.lookupButton(ButtonType.OK));
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !suggestions.shown().isEmpty());
        waitForPage();
        robot.clickOn(view.libraryPane().table());
    }

    private CodeSuggestion selected() {
        WaitForAsyncUtils.waitForFxEvents();
        return suggestions.selectedProperty().get().orElseThrow();
    }

    private List<Annotation> storedAnnotations() {
        WaitForAsyncUtils.waitForFxEvents();
        try (Library library = Library.open(libraryFile)) {
            return library.annotations().all();
        }
    }

    private List<SuggestionRejection> storedRejections() {
        WaitForAsyncUtils.waitForFxEvents();
        try (Library library = Library.open(libraryFile)) {
            return library.suggestions().rejections();
        }
    }

    /** The text of every run of the page whose attribute ({@code data-ann} or {@code data-sug}) names the id. */
    private String textOfRuns(String attribute, long id) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitForPage();
        return onFx(() -> {
            NodeList runs = view.reader().engine().getDocument().getElementsByTagName("span");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < runs.getLength(); i++) {
                Element run = (Element) runs.item(i);
                if (run.hasAttribute(attribute)
                        && List.of(run.getAttribute(attribute).split(" ")).contains(String.valueOf(id))) {
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
