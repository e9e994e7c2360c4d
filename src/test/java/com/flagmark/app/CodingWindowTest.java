package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.concurrent.Worker;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Coding with the keyboard in the real window, headless: Tab in the editor, a bad value, the code popup, the menus' words. */
@ExtendWith(ApplicationExtension.class)
class CodingWindowTest {

    private static final String SEED = "seeds/003_6413692d2a5cad3e.txt";
    private static final String QUOTE = "倒排工期";

    @TempDir
    Path temp;

    private Stage stage;
    private Path libraryFile;
    private Preferences preferences;
    private Workspace workspace;
    private LibraryViewModel library;
    private ArticleViewModel article;
    private CodebookViewModel codebook;
    private SuggestionsViewModel suggestions;
    private MainView view;

    @Start
    void start(Stage shown) {
        stage = shown;
        libraryFile = temp.resolve("library.sqlite");
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
        workspace.open(libraryFile);
    }

    @AfterEach
    void forget(FxRobot robot) throws BackingStoreException {
        robot.interact(workspace::close);
        preferences.removeNode();
        Messages.use(Locale.getDefault());
    }

    @Test
    void tabGoesRoundTheEditorsFieldsAndNeverLeavesIt(FxRobot robot) throws Exception {
        codeTheQuoteAsAnOutcome(robot);
        List<Control> fields = onFx(() -> editor(robot).fields());
        robot.interact(() -> fields.get(0).requestFocus());

        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            robot.type(KeyCode.TAB);
            visited.add(onFx(() -> stage.getScene().getFocusOwner()));
        }

        List<Node> expected = new ArrayList<>(fields.subList(1, fields.size()));
        expected.add(fields.get(0));
        assertThat(visited).containsExactlyElementsOf(expected);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(onFx(() -> stage.getScene().getFocusOwner())).isSameAs(fields.get(fields.size() - 1));
    }

    @Test
    void tabInTheNoteMovesOnWithoutTypingATab(FxRobot robot) throws Exception {
        codeTheQuoteAsAnOutcome(robot);
        List<Control> fields = onFx(() -> editor(robot).fields());
        Control note = fields.stream().filter(TextArea.class::isInstance).findFirst().orElseThrow();
        robot.clickOn(note).write("见通报");

        robot.type(KeyCode.TAB);

        assertThat(((TextArea) note).getText()).isEqualTo("见通报");
        // The saved note comes back and the attribute fields are built anew: the focus is on the one after the note.
        WaitForAsyncUtils.waitForFxEvents();
        List<Control> now = onFx(() -> editor(robot).fields());
        assertThat(onFx(() -> stage.getScene().getFocusOwner())).isSameAs(now.get(fields.indexOf(note) + 1));
    }

    @Test
    void anInvalidNumberIsOutlinedExplainedAndKeptButNotSaved(FxRobot robot) throws Exception {
        Messages.use(Locale.ENGLISH);
        robot.interact(this::rebuild);
        codeTheQuoteAsAnOutcome(robot);

        robot.clickOn(valueField(robot)).write("98abc");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        TextField value = valueField(robot);
        assertThat(value.getText()).isEqualTo("98abc");
        assertThat(value.getStyleClass()).contains("invalid");
        assertThat(robot.lookup(".annotation-editor .text-danger").queryAs(Label.class).getText())
                .isEqualTo("Value: a number is needed, such as 98 or 2.5; kept as typed, not saved.");
        assertThat(stored().attributes()).doesNotContainKey("value");
    }

    @Test
    void theCodePopupOpensBesideTheSelectionNotOverIt(FxRobot robot) throws Exception {
        importAndOpen(robot);
        int start = startOf(QUOTE);
        select(robot, start, start + QUOTE.length());
        Rectangle2D selection = onFx(() -> view.reader().targetOnScreen()).orElseThrow();

        robot.interact(view::pickCode);

        Popup popup = robot.listWindows().stream().filter(Popup.class::isInstance).map(Popup.class::cast)
                .filter(Popup::isShowing).findFirst().orElseThrow();
        Rectangle2D placed = new Rectangle2D(popup.getX(), popup.getY(), popup.getWidth(), popup.getHeight());
        assertThat(placed.intersects(selection)).as("popup %s over selection %s", placed, selection).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyMenuItemSpeaksTheChosenLanguageAndShowsItsKey(FxRobot robot) {
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages.use(language);
            robot.interact(this::rebuild);
            List<MenuItem> items = new ArrayList<>();
            ((MenuBar) view.getTop()).getMenus().forEach(menu -> collect(menu, items));

            for (MenuItem item : items) {
                String text = item.getText().replaceAll("\\(_.\\)|_", "");
                if (text.equals("中文") || text.equals("English")) {
                    continue;
                }
                if (language == Locale.ENGLISH) {
                    assertThat(OtherLanguage.hasChinese(text)).as(text).isFalse();
                } else {
                    assertThat(OtherLanguage.englishWords(text)).as(text).isSubsetOf(OtherLanguage.NAMES);
                }
            }
            assertThat(items).filteredOn(item -> item.getText().equals(Messages.get("menu.view.nextAnnotation")))
                    .singleElement().extracting(item -> item.getAccelerator().getDisplayText()).isEqualTo("]");
            assertThat(items).filteredOn(item -> item.getText().equals(Messages.get("menu.view.previousAnnotation")))
                    .singleElement().extracting(item -> item.getAccelerator().getDisplayText()).isEqualTo("[");
        }
    }

    @Test
    void afterASearchIsClearedTheListSelectsTheArticleTheReaderShowsAndAltDownGoesOnFromIt(FxRobot robot)
            throws Exception {
        importAndOpen(robot, "seeds/002_1485c1450ca8f693.txt");
        robot.interact(() -> view.libraryPane().table().getSelectionModel().clearAndSelect(4));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownId() == listedId(4));
        long reading = shownId();
        String title = article.articleProperty().get().orElseThrow().article().title().orElseThrow();

        robot.interact(() -> library.search(title));
        robot.interact(() -> library.search(""));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.libraryPane().table().getSelectionModel().getSelectedItem()).isEqualTo(reading);
        int row = view.libraryPane().table().getSelectionModel().getSelectedIndex();
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownId() == listedId(row + 1));
    }

    @Test
    void deletingAnAnnotationLeavesTheReaderOnItsArticleThoughTheSortedListReorders(FxRobot robot) throws Exception {
        importAndOpen(robot, "seeds/002_1485c1450ca8f693.txt");
        var table = view.libraryPane().table();
        robot.interact(() -> {
            TableColumn<Long, ?> count = table.getColumns().get(table.getColumns().size() - 1);
            count.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(count));
            table.getSelectionModel().clearAndSelect(6);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownId() == listedId(6));
        waitForPage();
        long reading = shownId();
        select(robot, 0, 2);
        robot.type(KeyCode.DIGIT6);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !article.annotations().isEmpty());
        robot.interact(() -> article.selectAnnotation(Optional.of(article.annotations().get(0).id())));

        robot.interact(view::deleteAnnotation);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article.annotations().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownId()).isEqualTo(reading);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(reading);
    }

    @Test
    void renamingACodeKeepsTheCodebookSelectionOnIt(FxRobot robot) throws Exception {
        importAndOpen(robot);
        CodebookPane pane = robot.lookup(node -> node instanceof CodebookPane).queryAs(CodebookPane.class);
        Code investment = codebook.codebookProperty().get().all().stream().filter(code -> code.name().equals("投资"))
                .findFirst().orElseThrow();
        robot.interact(() -> pane.getSelectionModel().select(pane.itemOf(investment.id()).orElseThrow()));

        robot.interact(() -> codebook.rename(investment, "投资项目", "Investment projects"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(investment.id());
        assertThat(pane.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("投资项目");
    }

    @Test
    void aWindowThatOpensNarrowKeepsTheReadersMeasureAndGivesTheSidesBackWhenItGrows(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();

        // Two dividers of a few pixels each come out of the reader's share.
        assertThat(view.reader().getWidth()).isGreaterThanOrEqualTo(PaneWidths.READER_MIN - 12);
        assertThat(view.libraryPane().getWidth()).isGreaterThanOrEqualTo(PaneWidths.LIBRARY_MIN);
        robot.clickOn(view.libraryPane().table());

        // The headless screen is 1280 pixels wide: a window wider than it cannot be drawn.
        robot.interact(() -> stage.setWidth(1270));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.libraryPane().getWidth()).isCloseTo(PaneWidths.DEFAULT.library(), within(8.0));
        assertThat(view.reader().getWidth()).isCloseTo(1270 - 2 * PaneWidths.DEFAULT.library(), within(16.0));
    }

    @Test
    void draggingADividerSetsTheWidthTheNextStartRestores(FxRobot robot) {
        Node divider = robot.lookup(".split-pane-divider").match(node -> node.getParent() instanceof ReaderSplit)
                .query();
        double before = view.libraryPane().getWidth();

        robot.drag(divider).dropBy(40, 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new AppSettings(preferences).panes().library()).isCloseTo(before + 40, within(6.0));
    }

    private long shownId() {
        return article.articleProperty().get().map(shown -> shown.id()).orElse(-1L);
    }

    private long listedId(int row) {
        return view.libraryPane().table().getItems().get(row);
    }

    private static void collect(Menu menu, List<MenuItem> items) {
        items.add(menu);
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu inner) {
                collect(inner, items);
            } else if (!(item instanceof SeparatorMenuItem) && item.isVisible()) {
                items.add(item);
            }
        }
    }

    private MainView newView() {
        return new MainView(workspace, library, article, codebook, suggestions, new AppSettings(preferences),
                FileDialogs.SYSTEM, url -> { }, new QuietApp());
    }

    private void rebuild() {
        view = newView();
        stage.getScene().setRoot(view);
    }

    /** Codes the quote with 复工复产 (key 7), an outcome with a number, a unit and a date, and waits until it is selected. */
    private void codeTheQuoteAsAnOutcome(FxRobot robot) throws Exception {
        importAndOpen(robot);
        int start = startOf(QUOTE);
        select(robot, start, start + QUOTE.length());
        robot.type(KeyCode.DIGIT7);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !article.annotations().isEmpty());
        long id = article.annotations().get(0).id();
        robot.interact(() -> article.selectAnnotation(Optional.of(id)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article.selectedProperty().get().isPresent());
    }

    private AnnotationEditor editor(FxRobot robot) {
        return robot.lookup(".annotation-editor").queryAs(AnnotationEditor.class);
    }

    private TextField valueField(FxRobot robot) {
        return robot.lookup(".annotation-editor .text-field").queryAllAs(TextField.class).stream()
                .filter(field -> Messages.get("attribute.example.number").equals(field.getPromptText()))
                .findFirst().orElseThrow();
    }

    private Annotation stored() {
        WaitForAsyncUtils.waitForFxEvents();
        try (Library opened = Library.open(libraryFile)) {
            return opened.annotations().all().get(0);
        }
    }

    private void importAndOpen(FxRobot robot) throws IOException, TimeoutException {
        importAndOpen(robot, SEED);
    }

    private void importAndOpen(FxRobot robot, String seed) throws IOException, TimeoutException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.copy(Path.of(seed), folder.resolve(Path.of(seed).getFileName()));
        robot.interact(() -> view.importPath(folder));
        DialogPane report = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(report.lookupButton(ButtonType.OK));
        robot.interact(() -> view.libraryPane().table().getSelectionModel().select(0));
        waitForPage();
    }

    /** Waits until the reader shows the current article's page. */
    private void waitForPage() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> view.reader().engine().getLoadWorker()
                .getState() == Worker.State.SUCCEEDED && article.articleProperty().get().isPresent()
                && view.reader().engine().getDocument().getElementsByTagName("h1").getLength() > 0
                && Objects.requireNonNullElse(view.reader().engine().getTitle(), "")
                        .equals(article.articleProperty().get().get().article().title().orElse(""))));
    }

    private void select(FxRobot robot, int start, int end) throws TimeoutException {
        robot.interact(() -> view.reader().selectRange(start, end));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article.selectionProperty().get()
                .filter(span -> span.start() == start && span.end() == end).isPresent());
        // The keys go to the list, as after a click on it, without the click choosing another row.
        robot.interact(() -> view.libraryPane().table().requestFocus());
    }

    private int startOf(String quote) {
        String text = article.articleProperty().get().orElseThrow().article().text();
        return text.codePointCount(0, text.indexOf(quote));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
