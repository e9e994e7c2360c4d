package com.flagmark.app;

import com.flagmark.annotate.Span;
import com.flagmark.model.Article;
import com.flagmark.render.Highlight;
import com.flagmark.render.ReaderHtml;
import com.flagmark.render.ReaderOptions;
import com.flagmark.render.ReaderWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/**
 * The reader pane: a WebView showing the page generated from an article's blocks, with its
 * highlights. JavaScript runs only for the page's own script, which the page's policy allows
 * by its hash; the script reports selections and clicks through a {@link ReaderBridge} that
 * answers only the page's token. A link (the original URL) opens in the system browser, never
 * inside the reader. Calls that reach into the page wait until it has loaded. Public so that
 * the benchmark, in its own package, can open articles in it.
 */
public final class ReaderView extends BorderPane {

    private static final Color LIGHT_PAGE = Color.web("#fdfcf9");
    private static final Color DARK_PAGE = Color.web("#1c1d1f");

    /** The selection's (or the selected highlight's) rectangle in the view, "left top right bottom", kept to what is in view. */
    private static final String TARGET_RECT = "(function(){var s=window.getSelection(),r=null;"
            + "if(s&&s.rangeCount&&!s.isCollapsed){r=s.getRangeAt(0).getBoundingClientRect();}"
            + "else{var m=document.querySelector('.fm-sel');if(m){r=m.getBoundingClientRect();}}"
            + "if(!r){return '';}var h=window.innerHeight;"
            + "return [r.left,Math.max(0,r.top),r.right,Math.min(h,r.bottom)].join(' ');})()";

    /**
     * Made when the first article is shown, or once the window has shown what it shows first
     * ({@link #prepare}): making it and drawing its first page cost the FX thread about 150 ms of
     * CPU, which the list of a large library should not wait behind.
     */
    private WebView web;
    /** Opens the editor of the header's details: title, date, source, authors, URL. */
    private final Button editDetails = new Button(Messages.get("details.edit"));
    /**
     * The bar above the page with the reader's own controls: over the page they would cover its
     * text once it scrolls.
     */
    private final HBox header = new HBox(8);
    private final Consumer<String> openExternally;
    private final ReaderListener listener;
    private final ReaderBridge bridge;
    private final List<String> whenLoaded = new ArrayList<>();
    /** Says what the placeholder page will say, until the WebView is there to show it. */
    private final Label beforeWebView = new Label();
    private ReaderOptions options = ReaderOptions.DEFAULT;
    private Optional<Article> article = Optional.empty();
    private String placeholderMessage = "";
    /** Writes the page shown, again when the engine has to load it anew. */
    private Supplier<String> page = () -> "";
    /** The words of the page shown, which a page swapped in place keeps. */
    private ReaderWords words = options.words();
    /** The body of the highlights that arrived while the page was loading, drawn once it has. */
    private Optional<String> pendingBody = Optional.empty();
    private final ReadOnlyIntegerWrapper draws = new ReadOnlyIntegerWrapper();
    private String token = "";
    /**
     * Whether the page loading or shown is the warm-up's ({@link #warmUp}), which no article has
     * replaced yet; a placeholder asked for meanwhile waits until it has been drawn.
     */
    private boolean warming;
    private boolean scripted;
    private boolean loaded;
    private double keepScroll = -1;
    private Optional<int[]> lastSelection = Optional.empty();

    /**
     * Creates an empty reader.
     *
     * @param openExternally opens a URL in the system browser
     * @param listener hears of selections and clicks on highlights
     */
    public ReaderView(Consumer<String> openExternally, ReaderListener listener) {
        this.openExternally = openExternally;
        this.listener = listener;
        this.bridge = new ReaderBridge(new ReaderBridge.Receiver() {
            @Override
            public void selected(Optional<int[]> span) {
                later(() -> selectionReported(span));
            }

            @Override
            public void activated(List<Long> ids) {
                later(() -> listener.highlightsClicked(ids));
            }

            @Override
            public void suggestionActivated(List<Long> ids) {
                later(() -> listener.suggestionsClicked(ids));
            }

            @Override
            public void openOriginal() {
                article.flatMap(Article::url).ifPresent(openExternally);
            }
        });
        beforeWebView.getStyleClass().add("text-muted");
        editDetails.getStyleClass().addAll("flat", "small");
        editDetails.setFocusTraversable(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header.getChildren().addAll(gap, editDetails);
        header.setAlignment(Pos.CENTER_RIGHT);
        header.setPadding(new Insets(2, 8, 2, 8));
        header.getStyleClass().add("reader-header");
        header.managedProperty().bind(header.visibleProperty());
        setTop(header);
        setCenter(beforeWebView);
        showPlaceholder("");
    }

    /** Puts a control of the window's (such as the search's hit position) into the reader's header, before its own. */
    public void addToHeader(Node node) {
        header.getChildren().add(0, node);
    }

    /**
     * Shows an article with its highlights. When the article shown is shown again (with changed
     * highlights, such as its suggestions once they are computed), its page stays: the new
     * highlights are swapped into it by its script in one step, its scroll position, selection
     * and search marks kept; a page still loading takes them as soon as it has loaded.
     */
    public void show(Article shown, List<Highlight> highlights) {
        if (shows(shown)) {
            bridge.update(ids(highlights, false), ids(highlights, true));
            page = () -> ReaderHtml.page(shown, highlights, options);
            String body = ReaderHtml.body(shown, highlights);
            if (!loaded) {
                pendingBody = Optional.of(body);
                return;
            }
            if (redraw(body)) {
                return;
            }
            keepScroll = ((Number) web.getEngine().executeScript("window.scrollY")).doubleValue();
        } else {
            keepScroll = -1;
        }
        article = Optional.of(shown);
        words = options.words();
        header.setVisible(true);
        token = bridge.attach(shown.text(), ids(highlights, false), ids(highlights, true));
        load(() -> ReaderHtml.page(shown, highlights, options), true);
    }

    /**
     * Tells whether {@code shown} is the article in the page, loaded or loading, in the words the
     * page is written in: highlights shown for it then are swapped into the page.
     */
    public boolean shows(Article shown) {
        return article.equals(Optional.of(shown)) && words.equals(options.words()) && web != null;
    }

    /**
     * How many times highlights have been drawn in a page shown: once for each page of an article
     * loaded, and once for each set of highlights swapped into one. The benchmark watches it.
     */
    public ReadOnlyIntegerProperty drawsProperty() {
        return draws.getReadOnlyProperty();
    }

    /** Sets what the header's "Edit details" button does. */
    public void setOnEditDetails(Runnable action) {
        editDetails.setOnAction(click -> action.run());
    }

    /** Shows a quiet message instead of an article, such as a hint to pick one. */
    public void showPlaceholder(String message) {
        article = Optional.empty();
        header.setVisible(false);
        placeholderMessage = message;
        beforeWebView.setText(message);
        keepScroll = -1;
        token = "";
        bridge.detach();
        load(this::placeholder, false);
    }

    /** Scrolls the reader to an annotation's highlight and flashes it. */
    public void reveal(long annotationId) {
        // Ids travel as strings: a JavaScript number holds a long only up to 2^53.
        run("fm.reveal('" + annotationId + "')");
    }

    /** Marks a suggestion as the selected one, or none, and scrolls it into view. */
    public void setSelectedSuggestion(Optional<Long> suggestionId) {
        run("fm.setSuggestion(" + suggestionId.map(id -> "'" + id + "'").orElse("null") + ")");
    }

    /**
     * Marks the hits of a search in the article shown, apart from its highlights, and makes
     * hit {@code current} (from 0) the current one, scrolled into view if {@code scroll}.
     */
    public void markHits(List<Span> hits, int current, boolean scroll) {
        if (hits.isEmpty()) {
            return;
        }
        String spans = hits.stream().map(hit -> hit.start() + " " + hit.end()).collect(Collectors.joining(" "));
        run("fm.markHits('" + spans + "')");
        showHit(current, scroll);
    }

    /** Makes hit {@code index} (from 0) of those marked the current one and scrolls to it. */
    public void showHit(int index, boolean scroll) {
        run("fm.showHit(" + index + "," + scroll + ")");
    }

    /** Outlines an annotation's highlight as the selected one, or none. */
    public void setSelected(Optional<Long> annotationId) {
        run("fm.setSelected(" + annotationId.map(id -> "'" + id + "'").orElse("null") + ")");
    }

    /**
     * Returns the current selection {@code [start, end)} in code points of the canonical text,
     * trimmed of white space; empty when nothing, or only white space, is selected.
     */
    public Optional<int[]> selection() {
        if (!loaded || article.isEmpty()) {
            return Optional.empty();
        }
        String span = (String) web.getEngine().executeScript("fm.selection()");
        if (span.isEmpty()) {
            return Optional.empty();
        }
        String[] ends = span.split(" ");
        return bridge.span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
    }

    /**
     * Returns where the selected text, or else the selected annotation's highlight, is on the
     * screen; empty when neither is in the page.
     */
    public Optional<Rectangle2D> targetOnScreen() {
        if (!loaded || article.isEmpty()) {
            return Optional.empty();
        }
        Object found = web.getEngine().executeScript(TARGET_RECT);
        if (!(found instanceof String rect) || rect.isEmpty()) {
            return Optional.empty();
        }
        double[] edges = Arrays.stream(rect.split(" ")).mapToDouble(Double::parseDouble).toArray();
        Point2D topLeft = web.localToScreen(edges[0], edges[1]);
        Point2D bottomRight = web.localToScreen(edges[2], edges[3]);
        if (topLeft == null || bottomRight == null) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(topLeft.getX(), topLeft.getY(),
                Math.max(1, bottomRight.getX() - topLeft.getX()), Math.max(1, bottomRight.getY() - topLeft.getY())));
    }

    /** Selects {@code [start, end)} in code points of the canonical text, as a user would. */
    public void selectRange(int start, int end) {
        run("fm.selectRange(" + start + "," + end + ")");
    }

    /** Sets the text size in percent, held to 50–300; the text at the top stays in view. */
    public void setZoom(int percent) {
        options = options.withZoom(percent);
        run("fm.setZoom(" + options.zoom() + ")");
    }

    /** Sets the words the page writes around an article, in the window's language; the next page shown uses them. */
    public void setWords(ReaderWords words) {
        options = options.withWords(words);
    }

    /** Switches between the dark and the light theme. */
    public void setDark(boolean dark) {
        options = options.withDark(dark);
        if (web != null) {
            web.setPageFill(dark ? DARK_PAGE : LIGHT_PAGE);
        }
        run("fm.setDark(" + dark + ")");
        if (article.isEmpty()) {
            load(this::placeholder, false);
        }
    }

    private static Set<Long> ids(List<Highlight> highlights, boolean suggested) {
        return highlights.stream().filter(highlight -> highlight.suggested() == suggested).map(Highlight::id)
                .collect(Collectors.toSet());
    }

    /** The web engine, for tests. */
    public WebEngine engine() {
        return web().getEngine();
    }

    /**
     * Makes the WebView after the window's next layout, so that what that layout shows is drawn
     * first, and has it draw its first page then ({@link #warmUp}).
     */
    public void prepare() {
        Scene scene = getScene();
        if (web != null || scene == null) {
            return;
        }
        NextLayout.then(scene, this::warmUp);
    }

    /**
     * Makes the WebView and has it draw, unseen, a page like an article's before the first article
     * is shown, so that the first article the user opens does not pay for a fresh WebKit's first
     * page: styling and laying it out, loading the reader's fonts, the page's script and the first
     * paint of a whole page cost several times what they cost later. Does nothing once the WebView is
     * made or an article shown; an article shown meanwhile replaces the warm-up page at once, and
     * the placeholder follows it once it has been drawn.
     */
    void warmUp() {
        if (web != null || article.isPresent() || getScene() == null) {
            return;
        }
        warming = true;
        web();
    }

    /** Returns the WebView, making it first if need be and loading the page shown until then. */
    private WebView web() {
        if (web == null) {
            web = new WebView();
            web.setContextMenuEnabled(false);
            web.setPageFill(options.dark() ? DARK_PAGE : LIGHT_PAGE);
            WebEngine engine = web.getEngine();
            engine.setCreatePopupHandler(features -> null);
            engine.locationProperty().addListener((property, before, location) -> leftThePage(location));
            engine.getLoadWorker().stateProperty().addListener((property, before, state) -> {
                if (state == Worker.State.SUCCEEDED) {
                    pageLoaded();
                } else if (state == Worker.State.FAILED) {
                    warmedUp();
                }
            });
            setCenter(web);
            if (warming) {
                engine.setJavaScriptEnabled(true);
                engine.loadContent(ReaderHtml.warmUpPage(options));
            } else {
                load(page, scripted);
            }
        }
        return web;
    }

    private void load(Supplier<String> written, boolean withScript) {
        page = written;
        scripted = withScript;
        if (warming && !withScript) {
            return;
        }
        warming = false;
        loaded = false;
        pendingBody = Optional.empty();
        whenLoaded.clear();
        if (lastSelection.isPresent()) {
            selectionReported(Optional.empty());
        }
        if (web == null && withScript) {
            web();
        } else if (web != null) {
            web.getEngine().setJavaScriptEnabled(withScript);
            web.getEngine().loadContent(withCharacterReferences(page.get()));
        }
    }

    /**
     * Writes every character outside the Basic Multilingual Plane, such as 𠮷, as a character
     * reference. {@link WebEngine#loadContent} hands the engine each half of such a character
     * as a separate, invalid UTF-8 sequence, so 𠮷 would arrive as six replacement characters;
     * as {@code &#x20bb7;} it arrives whole. The page's markup, style and script are ASCII or
     * within the plane, so only text and attribute values change, and they read the same.
     */
    static String withCharacterReferences(String page) {
        int first = firstSupplementary(page);
        if (first < 0) {
            return page;
        }
        StringBuilder out = new StringBuilder(page.length() + 64).append(page, 0, first);
        page.codePoints().skip(page.codePointCount(0, first)).forEach(codePoint -> {
            if (Character.isSupplementaryCodePoint(codePoint)) {
                out.append("&#x").append(Integer.toHexString(codePoint)).append(';');
            } else {
                out.append((char) codePoint);
            }
        });
        return out.toString();
    }

    private static int firstSupplementary(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private void pageLoaded() {
        if (warming) {
            Scene scene = getScene();
            if (scene == null) {
                warmedUp();
            } else {
                NextLayout.then(scene, this::warmedUp);
            }
            return;
        }
        WebEngine engine = web.getEngine();
        if (article.isEmpty() || !isOurs(engine.getLocation())
                || !(engine.executeScript("window.fm") instanceof JSObject script)) {
            return;
        }
        loaded = true;
        script.call("connect", bridge, token);
        if (keepScroll > 0) {
            engine.executeScript("window.scrollTo(0," + keepScroll + ")");
        }
        draws.set(draws.get() + 1);
        pendingBody.ifPresent(this::redraw);
        pendingBody = Optional.empty();
        List<String> pending = List.copyOf(whenLoaded);
        whenLoaded.clear();
        pending.forEach(engine::executeScript);
    }

    /**
     * The warm-up page has been drawn (or could not be): the page the reader was asked for
     * meanwhile, the placeholder, replaces it.
     */
    private void warmedUp() {
        if (warming) {
            warming = false;
            load(page, scripted);
        }
    }

    /**
     * The engine went to another page, as when a link is followed without the page's script:
     * a web address goes to the system browser, and the reader page comes back, scripts off
     * until then.
     */
    private void leftThePage(String location) {
        if (isOurs(location)) {
            return;
        }
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        if (location.startsWith("http://") || location.startsWith("https://")) {
            openExternally.accept(location);
        }
        Platform.runLater(() -> load(page, article.isPresent()));
    }

    /** Swaps a body with new highlights into the page loaded; returns whether the page took it. */
    private boolean redraw(String body) {
        if (!(web.getEngine().executeScript("window.fm") instanceof JSObject script)
                || !Boolean.TRUE.equals(script.call("redraw", withCharacterReferences(body)))) {
            return false;
        }
        draws.set(draws.get() + 1);
        return true;
    }

    private void run(String script) {
        if (article.isEmpty()) {
            return;
        }
        if (loaded) {
            web.getEngine().executeScript(script);
        } else {
            whenLoaded.add(script);
        }
    }

    /**
     * Passes an event on once the page's script has returned, so that a listener may call back
     * into the reader; an event from a page that has since been replaced is dropped.
     */
    private void later(Runnable event) {
        String page = token;
        Platform.runLater(() -> {
            if (page.equals(token) && article.isPresent()) {
                event.run();
            }
        });
    }

    private void selectionReported(Optional<int[]> span) {
        boolean same = span.isPresent() == lastSelection.isPresent()
                && (span.isEmpty() || Arrays.equals(span.get(), lastSelection.get()));
        if (!same) {
            lastSelection = span;
            listener.selectionChanged(span);
        }
    }

    /** Pages given to {@link WebEngine#loadContent} have no location. */
    private static boolean isOurs(String location) {
        return location == null || location.isEmpty() || location.equals("about:blank");
    }

    private String placeholder() {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'; style-src 'unsafe-inline'\"><style>body{"
                // The generic sans-serif of the WebView has no Chinese glyphs on some systems.
                + "font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;"
                + "color:#8c959f;background:" + (options.dark() ? "#1c1d1f" : "#fdfcf9") + ";display:flex;"
                + "align-items:center;justify-content:center;height:90vh;margin:0;}</style></head><body>"
                + ReaderHtml.escape(placeholderMessage) + "</body></html>";
    }
}
