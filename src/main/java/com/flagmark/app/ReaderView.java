package com.flagmark.app;

import com.flagmark.render.ReaderHtml;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * The reader pane: a WebView that shows the page generated from an article's blocks. JavaScript
 * is off; a link (the original URL) opens in the system browser instead of inside the reader.
 */
final class ReaderView extends StackPane {

    private final WebView web = new WebView();
    private String html = "";

    ReaderView(Consumer<String> openExternally) {
        web.setContextMenuEnabled(false);
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.locationProperty().addListener((property, before, location) -> {
            if (location != null && (location.startsWith("http://") || location.startsWith("https://"))) {
                openExternally.accept(location);
                Platform.runLater(() -> engine.loadContent(html));
            }
        });
        getChildren().add(web);
    }

    /** Shows a reader page; an empty page shows a hint. */
    void show(String page) {
        html = page.isEmpty() ? placeholder() : page;
        web.getEngine().loadContent(html);
    }

    WebEngine engine() {
        return web.getEngine();
    }

    private static String placeholder() {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:sans-serif;color:#8c959f;"
                + "display:flex;align-items:center;justify-content:center;height:90vh;margin:0;}</style></head><body>"
                + ReaderHtml.escape(Messages.get("reader.empty")) + "</body></html>";
    }
}
