package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.exchange.ExportFormat;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
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

/** File › Export… in the main window, headless, with the file chooser answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {

    @TempDir
    Path temp;

    private Path libraryFile;
    private Path exportFolder;
    private Preferences preferences;
    private MainView view;
    private final List<String> offeredNames = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        libraryFile = temp.resolve("library.sqlite");
        exportFolder = Files.createDirectories(temp.resolve("exports"));
        try (Library library = Library.open(libraryFile)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore()).importPath(Path.of("seeds"),
                    Progress.NONE);
            long articleId = library.articles().list().get(0).id();
            String text = library.articles().find(articleId).orElseThrow().article().text();
            long codeId = library.codebook().all().stream().filter(code -> code.name().equals("约谈问责")).findFirst()
                    .orElseThrow().id();
            library.annotations().create(articleId, Anchors.of(text, 0, 3), List.of(codeId), "", Map.of(), "tester");
        }
        preferences = Preferences.userRoot().node("com/flagmark/test/" + UUID.randomUUID());
        Workspace workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel library = new LibraryViewModel(workspace, new SynchronousExecutor());
        view = new MainView(workspace, library, new ArticleViewModel(workspace), new CodebookViewModel(workspace),
                new AppSettings(preferences), new AnsweringFileDialogs(), url -> { }, new QuietApp());
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
        workspace.open(libraryFile);
    }

    @AfterEach
    void forgetSettings() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void exportsTheWholeLibraryAsWebAnnotationJson(FxRobot robot) throws Exception {
        robot.clickOn(view.libraryPane().table());
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
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
            return Optional.empty();
        }
    }
}
