package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Span;
import com.flagmark.model.CanonicalText;
import com.flagmark.usecase.OlderCleanerLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
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

/** The editor of an orphaned annotation: "Place at Selection" is the first stop of Tab, as it is the first control from the top. */
@ExtendWith(ApplicationExtension.class)
class OrphanEditorTabTest {

    private static final String GONE = "这个调度会开得好";
    private static final String NEW_PLACE = "确保全年目标任务圆满完成";

    @TempDir
    Path temp;

    private Stage stage;
    private Workspace workspace;
    private ArticleViewModel article;
    private AnnotationEditor editor;

    @Start
    void start(Stage shown) throws IOException, SQLException {
        stage = shown;
        Path file = temp.resolve("library.sqlite");
        OlderCleanerLibrary.writeWithAnOrphan(file, GONE);
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        CodebookViewModel codebook = new CodebookViewModel(workspace);
        workspace.open(file);
        article.open(library.articles().get(0));
        editor = new AnnotationEditor(article, codebook, () -> { }, new ModelListeners());
        stage.setScene(new Scene(editor, 360, 600));
        stage.show();
    }

    @AfterEach
    void closeTheLibrary(FxRobot robot) {
        robot.interact(workspace::close);
    }

    @Test
    void tabReachesPlaceAtSelectionFirstAndComesBackToIt(FxRobot robot) {
        robot.interact(() -> {
            article.selectAnnotation(Optional.of(article.annotations().get(0).id()));
            article.select(Optional.of(span(NEW_PLACE)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Control> fields = editor.fields();
        Button place = (Button) robot.lookup("#place-annotation").query();
        assertThat(fields.get(0)).isSameAs(place);

        robot.interact(() -> fields.get(fields.size() - 1).requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(focused()).isSameAs(place);
        robot.type(KeyCode.TAB);
        assertThat(focused()).isSameAs(fields.get(1));
    }

    @Test
    void withoutASelectionTabPassesTheDisabledButtonBy(FxRobot robot) {
        robot.interact(() -> article.selectAnnotation(Optional.of(article.annotations().get(0).id())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.fields()).doesNotContain((Control) robot.lookup("#place-annotation").query())
                .isNotEmpty();
    }

    private Node focused() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner();
    }

    private Span span(String quote) {
        String text = article.articleProperty().get().orElseThrow().article().text();
        int start = CanonicalText.offsetOf(text, text.indexOf(quote));
        return new Span(start, start + CanonicalText.length(quote));
    }
}
