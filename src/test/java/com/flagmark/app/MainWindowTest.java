package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.library.ArticleSummary;
import com.flagmark.render.ReaderHtml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The main window on a real library and a real WebView, headless. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String HOSTILE_PAGE = "<html><head><title>坏页面</title>"
            + "<script>document.title='PWNED'</script></head><body><h1>约谈问责通报</h1>"
            + "<p onclick=\"document.title='PWNED'\">某市对三家进度滞后单位的主要负责人进行约谈，并通报批评。"
            + "<img src=\"x\" onerror=\"document.title='PWNED'\"></p><iframe src=\"http://127.0.0.1:9/\"></iframe>"
            + "<form action=\"http://127.0.0.1:9/\"><input name=\"q\"></form>"
            + "<p>会议要求，各单位要倒排工期、挂图作战，确保项目按期开工。</p></body></html>";

    @TempDir
    Path temp;

    private MainView view;
    private final List<String> openedInBrowser = new ArrayList<>();

    @Start
    void start(Stage stage) {
        LibraryViewModel model = new LibraryViewModel(new SynchronousExecutor(), new SynchronousExecutor());
        view = new MainView(model, openedInBrowser::add);
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
        model.open(temp.resolve("library.sqlite"), () -> { });
    }

    @Test
    void importedArticlesAppearInTheListAndRenderFromTheirBlocks(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.copy(Path.of("seeds/003_6413692d2a5cad3e.txt"), folder.resolve("003.txt"));

        robot.interact(() -> view.importPath(folder));
        robot.interact(() -> view.table().getSelectionModel().select(0));
        waitForPage();

        assertThat(view.table().getItems()).extracting(ArticleSummary::title)
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
        robot.interact(() -> view.table().getSelectionModel().select(0));
        waitForPage();

        assertThat(onFx(() -> engine().getTitle())).isEqualTo("约谈问责通报");
        for (String tag : List.of("img", "iframe", "form", "input")) {
            assertThat(onFx(() -> page().getElementsByTagName(tag).getLength())).as(tag).isZero();
        }
        assertThat(onFx(() -> page().getElementsByTagName("body").item(0).getTextContent()))
                .contains("进行约谈").doesNotContain("PWNED");
        assertThat(onFx(() -> page().getElementsByTagName("script").getLength())).isEqualTo(1);
        assertThat(onFx(() -> page().getElementsByTagName("script").item(0).getTextContent()))
                .isEqualTo(ReaderHtml.SCRIPT);
        Element policy = onFx(() -> (Element) page().getElementsByTagName("meta").item(1));
        assertThat(onFx(() -> policy.getAttribute("http-equiv"))).isEqualTo("Content-Security-Policy");
        assertThat(onFx(() -> policy.getAttribute("content"))).startsWith("default-src 'none'; ")
                .contains("; script-src " + ReaderHtml.SCRIPT_HASH + ";").doesNotContain("unsafe-eval");
    }

    private void waitForPage() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> engine().getLoadWorker().getState()
                == Worker.State.SUCCEEDED && page() != null && page().getElementsByTagName("h1").getLength() > 0));
    }

    private Document page() {
        return engine().getDocument();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private WebEngine engine() {
        return view.reader().engine();
    }

    private static int startOfThirdBlock() throws IOException {
        String text = Files.readString(Path.of("seeds/003_6413692d2a5cad3e.txt"));
        String first = text.substring(text.indexOf("<p>") + 3, text.indexOf("</p>"));
        String second = text.substring(text.indexOf(" <p>市开发区") + 4, text.indexOf("</p>\n <p>开足马力"));
        return first.codePointCount(0, first.length()) + 1 + second.codePointCount(0, second.length()) + 1;
    }
}
