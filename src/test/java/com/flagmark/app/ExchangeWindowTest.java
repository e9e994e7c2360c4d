package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.export.ExportFormat;
import com.flagmark.export.Unmatched;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export… and File › Import Annotations… in the main window, headless, with the file choosers answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {

    /** Annotations from another tool, matched by quote: one with a code the library has, one with a new code, one that fits no article. */
    private static final String OTHER_TOOL = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "措施/工作专班"}],
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "倒排工期",
                                      "prefix": "开足马力，", "suffix": "，项目建设"}}},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "成效/复工台账"}],
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "建立复工复产台账",
                                      "prefix": "进行摸底，", "suffix": "，掌握"}}},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "措施/约谈问责"}],
              "target": {"source": "https://example.org/elsewhere",
                         "selector": {"type": "TextQuoteSelector", "exact": "这段话不在任何一篇文章里"}}}]
            """;

    @TempDir
    Path temp;

    private Path libraryFile;
    private LibraryViewModel list;
    private Path exportFolder;
    private Preferences preferences;
    private Workspace workspace;
    private MainView view;
    private final List<String> offeredNames = new ArrayList<>();
    private Path fileToImport;

    @Start
    void start(Stage stage) throws Exception {
        libraryFile = temp.resolve("library.sqlite");
        exportFolder = Files.createDirectories(temp.resolve("exports"));
        try (Library library = Library.open(libraryFile)) {
            CodedSamples.fill(library);
        }
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        list = new LibraryViewModel(workspace, new SynchronousExecutor());
        ArticleViewModel article = new ArticleViewModel(workspace);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(workspace, article, new SynchronousExecutor(),
                new SynchronousExecutor(), new SynchronousExecutor());
        view = new MainView(workspace, list, article, new CodebookViewModel(workspace), suggestions,
                new AppSettings(preferences), new AnsweringFileDialogs(), url -> { }, new QuietApp());
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
    void exportsTheWholeLibraryAsWebAnnotationJson(FxRobot robot) throws Exception {
        chooseFromFileMenu(robot, "menu.file.export");
        ComboBox<ExportFormat> format = robot.lookup("#export-format").queryComboBox();
        robot.interact(() -> format.setValue(ExportFormat.JSON));
        robot.clickOn(Messages.get("export.button"));

        Path written = exportFolder.resolve(ExportViewModel.fileName(ExportFormat.JSON, LocalDate.now()));
        assertThat(offeredNames).containsExactly(written.getFileName().toString());
        assertThat(Files.readString(written)).contains("\"AnnotationCollection\"").contains("\"total\" : 1");
        DialogPane outcome = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(outcome.getContentText())
                .isEqualTo(Messages.get("export.done", ExportViewModel.count(ExportFormat.JSON, 1), written));
        assertThat(new AppSettings(preferences).exportFolder()).contains(exportFolder);
    }

    @Test
    void importsAnnotationsShowsThemAndReportsTheOneThatFitsNowhere(FxRobot robot) throws Exception {
        fileToImport = temp.resolve("other-tool.jsonld");
        Files.writeString(fileToImport, OTHER_TOOL);
        long articleId = articleHolding("倒排工期");
        robot.interact(() -> view.libraryPane().select(articleId));

        chooseFromFileMenu(robot, "menu.file.importAnnotations");

        assertThat(count(robot, "added")).isEqualTo("2");
        assertThat(count(robot, "codesAdded")).isEqualTo("1");
        assertThat(count(robot, "unmatched")).isEqualTo("1");
        ListView<Unmatched> unmatched = robot.lookup("#annotation-import-unmatched-list").queryListView();
        assertThat(unmatched.getItems()).extracting(Unmatched::quote).containsExactly("这段话不在任何一篇文章里");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ListedRows.of(list)).filteredOn(article -> article.id() == articleId)
                .extracting(ArticleSummary::annotationCount).containsExactly(2);
        assertThat(robot.lookup(".annotation-quote").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("倒排工期", "建立复工复产台账");
        assertThat(new AppSettings(preferences).annotationImportFolder()).contains(temp);
    }

    private void chooseFromFileMenu(FxRobot robot, String key) {
        robot.clickOn(".menu-bar .menu");
        robot.clickOn(Messages.get(key).replace("_", ""));
    }

    private static String count(FxRobot robot, String what) {
        return robot.lookup("#annotation-import-" + what).queryLabeled().getText();
    }

    private long articleHolding(String quote) {
        try (Library library = Library.open(libraryFile)) {
            return library.articles().list().stream()
                    .filter(article -> library.articles().find(article.id()).orElseThrow().article().text().contains(quote))
                    .findFirst().orElseThrow().id();
        }
    }

    /** Answers the file choosers as a user would: the name offered, in the export folder. */
    private final class AnsweringFileDialogs implements FileDialogs {
        @Override
        public Optional<Path> save(Window owner, String title, FileChooser.ExtensionFilter filter, Optional<Path> folder,
                String name) {
            offeredNames.add(name);
            return Optional.of(exportFolder.resolve(name));
        }

        @Override
        public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter, Optional<Path> folder) {
            return Optional.ofNullable(fileToImport);
        }
    }
}
