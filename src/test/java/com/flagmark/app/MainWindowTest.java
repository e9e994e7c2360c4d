package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.render.ReaderHtml;
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
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The main window on a real library and a real WebView, headless: reading, coding, undoing. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String HOSTILE_PAGE = "<html><head><title>坏页面</title>"
            + "<script>document.title='PWNED'</script></head><body><h1>约谈问责通报</h1>"
            + "<p onclick=\"document.title='PWNED'\">某市对三家进度滞后单位的主要负责人进行约谈，并通报批评。"
            + "<img src=\"x\" onerror=\"document.title='PWNED'\"></p><iframe src=\"http://127.0.0.1:9/\"></iframe>"
            + "<form action=\"http://127.0.0.1:9/\"><input name=\"q\"></form>"
            + "<p>会议要求，各单位要倒排工期、挂图作战，确保项目按期开工。</p></body></html>";
    private static final String SEED = "seeds/003_6413692d2a5cad3e.txt";

    @TempDir
    Path temp;

    private Path libraryFile;
    private LibraryViewModel list;
    private Preferences preferences;
    private Workspace workspace;
    private ArticleViewModel article;
    private MainView view;
    private final List<String> openedInBrowser = new ArrayList<>();

    @Start
    void start(Stage stage) {
        libraryFile = temp.resolve("library.sqlite");
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        list = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        CodebookViewModel codebook = new CodebookViewModel(workspace);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article, new SynchronousExecutor(),
                new SynchronousExecutor(), new SynchronousExecutor());
        view = new MainView(workspace, list, article, codebook, suggestions, new AppSettings(preferences),
                FileDialogs.SYSTEM,
                openedInBrowser::add, new QuietApp());
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
    void importedArticlesAppearInTheListAndRenderFromTheirBlocks(FxRobot robot) throws Exception {
        importAndOpen(robot, SEED);

        assertThat(ListedRows.of(list)).extracting(ArticleSummary::title)
                .containsExactly(Optional.of("奋力跑好开局“第一棒”"));
        assertThat(onFx(() -> page().getElementsByTagName("h1").item(0).getTextContent())).isEqualTo("奋力跑好开局“第一棒”");
        Element heading = onFx(() -> (Element) page().getElementsByTagName("h2").item(0));
        assertThat(onFx(heading::getTextContent)).isEqualTo("开足马力复工复产");
        assertThat(onFx(() -> heading.getAttribute("data-start"))).isEqualTo(String.valueOf(startOfThirdBlock()));
    }

    @Test
    void nothingFromAnImportedPageRunsOrLoadsInTheReader(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("hostile"));
        Files.writeString(folder.resolve("page.html"), HOSTILE_PAGE);
        robot.interact(() -> view.importPath(folder));
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForPage();

        assertThat(onFx(() -> engine().getTitle())).isEqualTo("约谈问责通报");
        for (String tag : List.of("img", "iframe", "form", "input")) {
            assertThat(onFx(() -> page().getElementsByTagName(tag).getLength())).as(tag).isZero();
        }
        assertThat(onFx(() -> page().getElementsByTagName("body").item(0).getTextContent()))
                .contains("进行约谈").doesNotContain("PWNED");
        assertThat(onFx(() -> page().getElementsByTagName("script").getLength())).isEqualTo(1);
        assertThat(onFx(() -> page().getElementsByTagName("script").item(0).getTextContent())).isEqualTo(ReaderHtml.SCRIPT);
    }

    @Test
    void aSelectionCodedWithItsKeyIsStoredWithItsOffsetsAndQuoteAndHighlighted(FxRobot robot) throws Exception {
        importAndOpen(robot, SEED);
        String quote = "倒排工期";
        int start = startOf(quote);

        select(robot, start, start + 4);
        robot.type(KeyCode.DIGIT6);

        Annotation stored = storedAnnotations().get(0);
        assertThat(stored.anchor().start()).isEqualTo(start);
        assertThat(stored.anchor().end()).isEqualTo(start + 4);
        assertThat(stored.anchor().exact()).isEqualTo(quote);
        assertThat(code(stored)).isEqualTo("工作专班");
        assertThat(highlightedText(stored.id())).isEqualTo(quote);
    }

    @Test
    void reopeningTheArticleFindsTheHighlightAroundTheSameText(FxRobot robot) throws Exception {
        importAndOpen(robot, SEED);
        int start = startOf("复工复产台账");
        select(robot, start, start + 6);
        robot.type(KeyCode.DIGIT6);
        long id = storedAnnotations().get(0).id();

        robot.interact(() -> view.libraryPane().table().getSelectionModel().clearSelection());
        robot.interact(() -> article.clear());
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForPage();

        assertThat(highlightedText(id)).isEqualTo("复工复产台账");
    }

    @Test
    void overlappingHighlightsAllShow(FxRobot robot) throws Exception {
        importAndOpen(robot, SEED);
        int start = startOf("建立复工复产台账");
        select(robot, start, start + 8);
        robot.type(KeyCode.DIGIT6);
        select(robot, start + 2, start + 6);
        robot.type(KeyCode.DIGIT7);

        List<Annotation> stored = storedAnnotations();
        assertThat(stored).hasSize(2);
        assertThat(highlightedText(stored.get(0).id())).isEqualTo("建立复工复产台账");
        assertThat(highlightedText(stored.get(1).id())).isEqualTo("复工复产");
    }

    @Test
    void undoRestoresThePreviousStateAndRedoTheChange(FxRobot robot) throws Exception {
        importAndOpen(robot, SEED);
        int start = startOf("倒排工期");
        select(robot, start, start + 4);
        robot.type(KeyCode.DIGIT6);
        long id = storedAnnotations().get(0).id();

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(storedAnnotations()).isEmpty();
        waitForPage();
        assertThat(onFx(() -> page().getElementsByTagName("body").item(0).getTextContent())).contains("倒排工期");
        assertThat(highlightedText(id)).isEmpty();

        robot.press(KeyCode.SHORTCUT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHORTCUT);
        assertThat(storedAnnotations()).extracting(Annotation::id).containsExactly(id);
    }

    private void importAndOpen(FxRobot robot, String seed) throws IOException, TimeoutException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.copy(Path.of(seed), folder.resolve(Path.of(seed).getFileName()));
        robot.interact(() -> view.importPath(folder));
        closeReport(robot);
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForPage();
    }

    /** Closes the import's report as the user does, so that keys go to the window again. */
    private static void closeReport(FxRobot robot) {
        DialogPane report = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ButtonType close = report.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        robot.clickOn(report.lookupButton(close));
    }

    /** Selects through the page's own selection API and waits until the app has it. */
    private void select(FxRobot robot, int start, int end) throws TimeoutException {
        robot.interact(() -> view.reader().selectRange(start, end));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article.selectionProperty().get()
                .filter(span -> span.start() == start && span.end() == end).isPresent());
        robot.clickOn(view.libraryPane().table());
    }

    private int startOf(String quote) {
        String text = article.articleProperty().get().orElseThrow().article().text();
        return text.codePointCount(0, text.indexOf(quote));
    }

    private List<Annotation> storedAnnotations() {
        WaitForAsyncUtils.waitForFxEvents();
        try (Library library = Library.open(libraryFile)) {
            return library.annotations().all();
        }
    }

    private String code(Annotation annotation) {
        try (Library library = Library.open(libraryFile)) {
            return library.codebook().all().stream().filter(code -> code.id() == annotation.codeIds().get(0))
                    .findFirst().orElseThrow().name();
        }
    }

    /** The text of every run of the page that names the annotation, joined. */
    private String highlightedText(long id) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitForPage();
        return onFx(() -> {
            NodeList runs = page().getElementsByTagName("span");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < runs.getLength(); i++) {
                Element run = (Element) runs.item(i);
                if (run.hasAttribute("data-ann")
                        && List.of(run.getAttribute("data-ann").split(" ")).contains(String.valueOf(id))) {
                    text.append(run.getTextContent());
                }
            }
            return text.toString();
        });
    }

    private void waitForPage() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> engine().getLoadWorker().getState()
                == Worker.State.SUCCEEDED && page() != null && page().getElementsByTagName("h1").getLength() > 0));
    }

    private Document page() {
        return engine().getDocument();
    }

    private WebEngine engine() {
        return view.reader().engine();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static int startOfThirdBlock() throws IOException {
        String text = Files.readString(Path.of(SEED));
        String first = text.substring(text.indexOf("<p>") + 3, text.indexOf("</p>"));
        String second = text.substring(text.indexOf(" <p>市开发区") + 4, text.indexOf("</p>\n <p>开足马力"));
        return first.codePointCount(0, first.length()) + 1 + second.codePointCount(0, second.length()) + 1;
    }
}
