package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Span;
import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.StoryRef;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.render.Highlight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The reader on a real WebView, headless: selections, highlights, clicks and the bridge's token. */
@ExtendWith(ApplicationExtension.class)
class ReaderViewTest {

    private static final List<Block> YOSHINOYA = List.of(
            Block.heading("𠮷野家开业"),
            Block.paragraph("𠮷野家在𠮷祥路开了新店，区领导到场。"),
            new Block(BlockKind.PARAGRAPH, "第二段：约谈𠮷林的负责人 并通报。"));

    private ReaderView reader;
    private final List<Optional<int[]>> selections = new CopyOnWriteArrayList<>();
    private final List<List<Long>> clicks = new CopyOnWriteArrayList<>();
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        reader = new ReaderView(opened::add, new ReaderListener() {
            @Override
            public void selectionChanged(Optional<int[]> span) {
                selections.add(span);
            }

            @Override
            public void highlightsClicked(List<Long> idsInnermostFirst) {
                clicks.add(idsInnermostFirst);
            }
        });
        stage.setScene(new Scene(reader, 900, 700));
        stage.show();
    }

    @Test
    void aSelectionMadeInThePageMapsToCodePointOffsetsOfTheQuote() throws Exception {
        Article article = seed();
        String quote = "建立复工复产台账";
        show(article, List.of());

        selectInPage(quote, quote);

        int start = codePoints(article.text(), quote);
        assertThat(onFx(() -> reader.selection())).hasValueSatisfying(
                span -> assertThat(span).containsExactly(start, start + quote.codePointCount(0, quote.length())));
        int[] span = awaitSelection();
        assertThat(CanonicalText.slice(article.text(), span[0], span[1])).isEqualTo(quote);
    }

    @Test
    void aSelectionCountsCodePointsAndCrossesParagraphs() throws Exception {
        Article article = article(YOSHINOYA);
        show(article, List.of());

        selectInPage("𠮷祥路", "约谈𠮷林");

        int[] span = awaitSelection();
        assertThat(CanonicalText.slice(article.text(), span[0], span[1])).isEqualTo("𠮷祥路开了新店，区领导到场。\n第二段：约谈𠮷林");
        assertThat(span).containsExactly(10, 33);
    }

    @Test
    void selectRangeSelectsTheTextAtThoseOffsets() throws Exception {
        Article article = article(YOSHINOYA);
        show(article, List.of(new Highlight(1, 8, 12, "#c62828", false)));

        robotInteract(() -> reader.selectRange(10, 20));

        assertThat(onFx(this::pageSelection)).isEqualTo(CanonicalText.slice(article.text(), 10, 20));
        assertThat(awaitSelection()).containsExactly(10, 20);
        robotInteract(() -> reader.selectRange(10, 33));
        assertThat(onFx(() -> reader.selection())).hasValueSatisfying(span -> assertThat(span).containsExactly(10, 33));
    }

    @Test
    void aSelectionOfOnlyWhiteSpaceIsNone() throws Exception {
        Article article = article(YOSHINOYA);
        show(article, List.of());
        int space = codePoints(article.text(), " 并通报");

        robotInteract(() -> reader.selectRange(space, space + 1));
        assertThat(onFx(this::pageSelection)).isEqualTo(" ");
        assertThat(onFx(() -> reader.selection())).isEmpty();

        int lineFeed = codePoints(article.text(), "\n第二段");
        robotInteract(() -> reader.selectRange(lineFeed, lineFeed + 1));
        assertThat(onFx(() -> reader.selection())).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selections).allSatisfy(span -> assertThat(span).isEmpty());
    }

    @Test
    void overlappingAndNestedHighlightsAllRenderWithoutChangingTheText() throws Exception {
        Article article = article(YOSHINOYA);
        List<Highlight> highlights = List.of(
                new Highlight(1, 6, 27, "#c62828", false),
                new Highlight(2, 10, 13, "#1565c0", false),
                new Highlight(3, 11, 20, "#2e7d32", true),
                new Highlight(4, 11, 20, "#6a1b9a", false),
                new Highlight(5, 18, 32, "#ef6c00", false));
        show(article, highlights);

        NodeList blocks = onFx(() -> engine().getDocument().getElementsByTagName("section").item(0).getChildNodes());
        List<String> texts = onFx(() -> blockTexts(blocks));
        assertThat(texts).containsExactly("𠮷野家开业", "𠮷野家在𠮷祥路开了新店，区领导到场。", "第二段：约谈𠮷林的负责人 并通报。");
        String ids = onFx(() -> (String) engine().executeScript(
                "Array.from(document.querySelectorAll('.fm-hl')).map(function (run) {"
                        + " return run.getAttribute('data-ann'); }).join(' ')"));
        assertThat(ids.split(" ")).contains("1", "2", "3", "4", "5");
        assertThat(onFx(() -> (String) engine().executeScript(
                "document.querySelector('.fm-hl[data-ann~=\"2\"]').getAttribute('data-ann')")))
                .isEqualTo("2 1");
        assertThat(onFx(() -> (Number) engine().executeScript("document.querySelectorAll('.fm-sel').length")))
                .isNotEqualTo(0);
    }

    @Test
    void clickingAHighlightReportsTheIdsUnderTheClickInnermostFirst(FxRobot robot) throws Exception {
        Article article = article(YOSHINOYA);
        show(article, List.of(
                new Highlight(7, 6, 27, "#c62828", false),
                new Highlight(3, 10, 13, "#1565c0", false)));

        robot.clickOn(onFx(() -> centreOf(".fm-hl[data-ann='3 7']")));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !clicks.isEmpty());
        assertThat(clicks).containsExactly(List.of(3L, 7L));
    }

    @Test
    void theOriginalLinkOpensInTheSystemBrowser(FxRobot robot) throws Exception {
        show(article(YOSHINOYA), List.of());

        robot.clickOn(onFx(() -> centreOf(".fm-origin a")));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly("https://example.com/news/1");
        assertThat(onFx(() -> engine().getLocation())).isEmpty();
    }

    @Test
    void thePageHasNoHoldOnTheBridge() throws Exception {
        show(article(YOSHINOYA), List.of(new Highlight(1, 0, 3, "#c62828", false)));

        String reachable = onFx(() -> (String) engine().executeScript(
                "Object.getOwnPropertyNames(window).filter(function (name) {"
                        + " try { var value = window[name]; return value && typeof value.select === 'function'"
                        + " && typeof value.activate === 'function'; } catch (e) { return false; } }).join()"));
        assertThat(reachable).isEmpty();
    }

    @Test
    void onlyThePagesOwnScriptRuns() throws Exception {
        show(article(YOSHINOYA), List.of());
        String page = onFx(() -> (String) engine().executeScript("document.documentElement.outerHTML"));
        String injected = page.replace("</article>",
                "</article><script>document.title = 'PWNED';</script><p onclick=\"document.title='PWNED'\" id=\"x\">x</p>");

        robotInteract(() -> engine().loadContent(ReaderView.withCharacterReferences("<!DOCTYPE html>" + injected)));
        waitForLoad();
        onFx(() -> engine().executeScript("document.getElementById('x').click()"));

        assertThat(onFx(() -> engine().getTitle())).isEqualTo("𠮷野家的新店");
        assertThat(onFx(() -> (String) engine().executeScript("typeof fm.selection"))).isEqualTo("function");
    }

    @Test
    void showingTheSameArticleAgainKeepsTheScrollPosition() throws Exception {
        Article article = seed();
        show(article, List.of());
        onFx(() -> engine().executeScript("window.scrollTo(0, 400)"));

        show(article, List.of(new Highlight(1, 30, 60, "#c62828", false)));

        assertThat(onFx(() -> ((Number) engine().executeScript("window.scrollY")).intValue())).isEqualTo(400);
    }

    @Test
    void highlightsSwappedIntoThePageKeepTheSearchMarksAndTheSelection() throws Exception {
        Article article = article(YOSHINOYA);
        show(article, List.of());
        robotInteract(() -> {
            reader.markHits(List.of(new Span(0, 2), new Span(10, 13)), 1, false);
            reader.selectRange(6, 27);
        });
        List<Worker.State> loads = new CopyOnWriteArrayList<>();
        robotInteract(() -> engine().getLoadWorker().stateProperty().addListener((property, before, state) -> loads.add(state)));

        robotInteract(() -> reader.show(article, List.of(new Highlight(7, 10, 13, "#1565c0", false, true))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(loads).isEmpty();
        assertThat(onFx(() -> (String) engine().executeScript(
                "Array.from(document.querySelectorAll('mark.fm-hit')).map(function (mark) {"
                        + " return mark.textContent + (mark.classList.contains('fm-hit-current') ? '*' : ''); }).join('|')")))
                .isEqualTo(String.join("|", CanonicalText.slice(article.text(), 0, 2),
                        CanonicalText.slice(article.text(), 10, 13) + "*"));
        assertThat(onFx(() -> (String) engine().executeScript(
                "Array.from(document.querySelectorAll('[data-sug]')).map(function (run) {"
                        + " return run.textContent; }).join('')"))).isEqualTo(CanonicalText.slice(article.text(), 10, 13));
        assertThat(onFx(() -> reader.selection().map(span -> span[0] + " " + span[1]).orElse(""))).isEqualTo("6 27");
    }

    @Test
    void theSelectedHighlightIsOutlinedAndCanBeRevealed() throws Exception {
        show(article(YOSHINOYA), List.of(
                new Highlight(1, 6, 27, "#c62828", false),
                new Highlight(2, 10, 13, "#1565c0", false)));

        robotInteract(() -> {
            reader.setSelected(Optional.of(2L));
            reader.reveal(2);
        });

        assertThat(onFx(() -> (String) engine().executeScript(
                "Array.from(document.querySelectorAll('.fm-sel')).map(function (run) {"
                        + " return run.getAttribute('data-ann') + ' ' + run.className; }).join('|')")))
                .startsWith("2 1 fm-hl fm-lines1 fm-sel fm-sel-start fm-sel-end");
    }

    @Test
    void revealScrollsAHighlightFarDownIntoView() throws Exception {
        Article article = seed();
        int start = codePoints(article.text(), "筑牢大气污染防治屏障");
        show(article, List.of(new Highlight(9, start, start + 10, "#2e7d32", false)));

        robotInteract(() -> reader.reveal(9));

        double top = onFx(() -> ((Number) engine().executeScript(
                "document.querySelector('.fm-hl').getBoundingClientRect().top")).doubleValue());
        assertThat(onFx(() -> ((Number) engine().executeScript("window.scrollY")).intValue())).isPositive();
        assertThat(top).isBetween(0.0, 700.0);
    }

    @Test
    void aMouseDragSelectsTextAndReportsItsOffsets(FxRobot robot) throws Exception {
        Article article = article(YOSHINOYA);
        show(article, List.of(new Highlight(1, 8, 12, "#c62828", false)));
        Point2D from = onFx(() -> edgeOf(".fm-body p", 0.02));
        Point2D to = onFx(() -> edgeOf(".fm-body p", 0.5));

        robot.drag(from).moveTo(to).release(MouseButton.PRIMARY);

        int[] span = awaitSelection();
        assertThat(CanonicalText.slice(article.text(), span[0], span[1])).isEqualTo(onFx(this::pageSelection));
        assertThat(span[0]).isBetween(6, 7);
        assertThat(span[1]).isGreaterThan(12).isLessThanOrEqualTo(24);
        assertThat(clicks).isEmpty();
    }

    @Test
    void zoomAndThemeChangeThePageInPlace() throws Exception {
        show(article(YOSHINOYA), List.of());

        robotInteract(() -> {
            reader.setZoom(150);
            reader.setDark(true);
        });

        assertThat(onFx(() -> (String) engine().executeScript("getComputedStyle(document.body).fontSize")))
                .isEqualTo("25.5px");
        assertThat(onFx(() -> (String) engine().executeScript("document.documentElement.className"))).isEqualTo("fm-dark");
        robotInteract(() -> reader.setZoom(1000));
        assertThat(onFx(() -> (String) engine().executeScript("getComputedStyle(document.body).fontSize")))
                .isEqualTo("51px");
        show(article(YOSHINOYA), List.of());
        assertThat(onFx(() -> (String) engine().executeScript("document.documentElement.className"))).isEqualTo("fm-dark");
    }

    @Test
    void theWarmUpDrawsAnArticlePageInThePagesColourOnceThenThePlaceholder() throws Exception {
        List<String> loaded = new CopyOnWriteArrayList<>();
        onFx(() -> {
            reader.showPlaceholder("请选择一篇文章");
            reader.warmUp();
            engine().getLoadWorker().stateProperty().addListener((property, before, state) -> {
                if (state == Worker.State.SUCCEEDED) {
                    loaded.add((String) engine().executeScript("document.documentElement.className + ' | '"
                            + " + (document.querySelector('.fm-block') ? getComputedStyle(document.querySelector("
                            + "'.fm-block')).color + ' on ' + getComputedStyle(document.body).backgroundColor"
                            + " : document.body.textContent)"));
                }
            });
            return null;
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loaded.size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();

        // #fdfcf9, the light page, is rgb(253, 252, 249).
        assertThat(loaded).containsExactly("fm-warm-up | rgb(253, 252, 249) on rgb(253, 252, 249)", " | 请选择一篇文章");
    }

    @Test
    void anArticleShownAsTheWarmUpPageLoadsIsNeverReplaced() throws Exception {
        Article article = article(YOSHINOYA);
        List<String> loaded = new CopyOnWriteArrayList<>();
        onFx(() -> {
            reader.warmUp();
            engine().getLoadWorker().stateProperty().addListener((property, before, state) -> {
                if (state == Worker.State.SUCCEEDED) {
                    loaded.add((String) engine().executeScript("document.title"));
                    if (loaded.size() == 1) {
                        // The warm-up page has loaded and waits to be drawn: the user opens an article.
                        reader.show(article, List.of());
                    }
                }
            });
            return null;
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> reader.drawsProperty().get()) == 1);
        afterNextLayout();

        assertThat(loaded).containsExactly("全市重点项目集中开工 奋战首季开门红", "𠮷野家的新店");
        assertThat(onFx(() -> engine().getLoadWorker().isRunning())).isFalse();
    }

    @Test
    void theWarmUpDoesNothingOnceAnArticleIsShown() throws Exception {
        show(article(YOSHINOYA), List.of());

        boolean loading = onFx(() -> {
            reader.warmUp();
            return engine().getLoadWorker().isRunning();
        });

        assertThat(loading).isFalse();
        assertThat(onFx(() -> (String) engine().executeScript("document.title"))).isEqualTo("𠮷野家的新店");
    }

    /** Waits until the scene's next layout has been done, and what it scheduled has run. */
    private void afterNextLayout() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> {
            NextLayout.then(reader.getScene(), () -> done.complete(null));
            Platform.requestNextPulse();
            return null;
        });
        done.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Article article, List<Highlight> highlights) throws Exception {
        robotInteract(() -> reader.show(article, highlights));
        waitForLoad();
    }

    private void waitForLoad() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> engine().getLoadWorker().getState()
                == Worker.State.SUCCEEDED && engine().getDocument() != null
                && engine().getDocument().getElementsByTagName("section").getLength() > 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects from the start of one text to the end of another through the page's own selection API. */
    private void selectInPage(String from, String to) throws Exception {
        JSObject window = onFx(() -> (JSObject) engine().executeScript("window"));
        onFx(() -> window.eval("""
                (function (from, to) {
                  var walker = document.createTreeWalker(document.querySelector('section'), NodeFilter.SHOW_TEXT);
                  var start = null, end = null, node;
                  while ((node = walker.nextNode())) {
                    if (!start && node.data.indexOf(from) >= 0) { start = [node, node.data.indexOf(from)]; }
                    if (start && node.data.indexOf(to) >= 0) { end = [node, node.data.indexOf(to) + to.length]; break; }
                  }
                  var range = document.createRange();
                  range.setStart(start[0], start[1]);
                  range.setEnd(end[0], end[1]);
                  window.getSelection().removeAllRanges();
                  window.getSelection().addRange(range);
                })(%s, %s)""".formatted(jsString(from), jsString(to))));
    }

    private int[] awaitSelection() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !selections.isEmpty()
                && selections.get(selections.size() - 1).isPresent());
        return selections.get(selections.size() - 1).orElseThrow();
    }

    private String pageSelection() {
        return (String) engine().executeScript("window.getSelection().toString()");
    }

    /** The WebView the page is drawn in, below the reader's header bar. */
    private Node page() {
        return reader.lookup(".web-view");
    }

    private Point2D centreOf(String selector) {
        JSObject box = (JSObject) engine().executeScript(
                "document.querySelector(\"" + selector + "\").getBoundingClientRect()");
        double x = ((Number) box.getMember("left")).doubleValue() + ((Number) box.getMember("width")).doubleValue() / 2;
        double y = ((Number) box.getMember("top")).doubleValue() + ((Number) box.getMember("height")).doubleValue() / 2;
        return page().localToScreen(x, y);
    }

    /** A point on the first line of an element, at a fraction of its width. */
    private Point2D edgeOf(String selector, double fraction) {
        JSObject box = (JSObject) engine().executeScript(
                "document.querySelector(\"" + selector + "\").getClientRects()[0]");
        double x = ((Number) box.getMember("left")).doubleValue() + ((Number) box.getMember("width")).doubleValue() * fraction;
        double y = ((Number) box.getMember("top")).doubleValue() + ((Number) box.getMember("height")).doubleValue() / 2;
        return page().localToScreen(x, y);
    }

    private static List<String> blockTexts(NodeList nodes) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.hasAttribute("data-start")) {
                texts.add(element.getTextContent());
            }
        }
        return texts;
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    private static int codePoints(String text, String part) {
        return text.codePointCount(0, text.indexOf(part));
    }

    private void robotInteract(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WebEngine engine() {
        return reader.engine();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static Article article(List<Block> blocks) {
        return new Article(Optional.of("𠮷野家的新店"), Optional.empty(), Optional.empty(), Optional.of("测试日报"),
                List.of(), Optional.of("https://example.com/news/1"), blocks, StoryRef.SINGLE);
    }

    private static Article seed() throws Exception {
        Path file = Path.of("seeds/003_6413692d2a5cad3e.txt");
        IngestResult read = new Ingester(HanlpSegmenter.get()).read(file.getFileName().toString(), Files.readAllBytes(file));
        return ((IngestResult.Articles) read).articles().get(0);
    }
}
