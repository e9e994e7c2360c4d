package com.flagmark.bench;

import com.flagmark.library.StoredArticle;
import com.flagmark.model.Article;
import com.flagmark.model.Progress;
import com.flagmark.render.ReaderHtml;
import com.flagmark.render.ReaderOptions;
import com.flagmark.usecase.LibrarySession;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * Where a fresh WebKit's first article page spends its time: in a Java of its own, a reader-sized
 * WebView loads a placeholder (as the reader does when it is made), then one page of a kind
 * (measured: the warm-up), then the reader's page of a real article twice (the first opening
 * after that warm-up, and the warm cost). For each load it prints the wall time to the page's
 * load (DOM ready and the page's script run) and to the third pulse after it (laid out and
 * painted), and the CPU of the FX thread and of the renderer meanwhile.
 * {@code write DIR} writes the kinds of page from the longest article of {@code seeds/};
 * {@code probe DIR KIND} measures one. Runs under a display as the launcher's window does, or
 * headless with the tests' Monocle settings.
 */
public final class FirstPageProbe {

    private static final String PLACEHOLDER = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            + "<body>Choose an article</body></html>";

    private FirstPageProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            write(Path.of(args[1]));
            return;
        }
        if (Boolean.getBoolean("probe.headless")) {
            Headless.use();
        }
        probe(Path.of(args[1]), args[2]);
    }

    /** Writes each kind of page as KIND.html into {@code folder}. */
    private static void write(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path library = Files.createTempDirectory("flagmark-probe-").resolve("library.sqlite");
        Article article;
        try (LibrarySession session = LibrarySession.open(library, "probe")) {
            session.importPath(Path.of("seeds"), 1).run(Progress.NONE);
            long id = session.articles().stream()
                    .max(Comparator.comparingInt(summary -> session.article(summary.id()).orElseThrow().article().text().length()))
                    .orElseThrow().id();
            StoredArticle stored = session.article(id).orElseThrow();
            article = stored.article();
        }
        String full = ReaderHtml.page(article);
        String style = full.substring(full.indexOf("<style>"), full.indexOf("</style>") + "</style>".length());
        String script = full.substring(full.indexOf("<script>"), full.indexOf("</script>") + "</script>".length());
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("none", PLACEHOLDER);
        kinds.put("full", full);
        kinds.put("nocss", full.replace(style, ""));
        kinds.put("noscript", full.replace(script, ""));
        kinds.put("bare", full.replace(style, "").replace(script, ""));
        kinds.put("latin", latin(full, style, script));
        int firstBlock = full.indexOf("<p class=\"fm-block");
        int secondBlock = full.indexOf("<p class=\"fm-block", full.indexOf("</p>", firstBlock));
        kinds.put("short", full.substring(0, secondBlock) + "</section>" + full.substring(full.indexOf("</article>")));
        kinds.put("generic", full.replaceAll("font-family: [^;]*serif;", "font-family: serif;")
                .replaceAll("font-family: [^;]*sans-serif;", "font-family: sans-serif;"));
        kinds.put("anywhere", full.replace("</style>", " body { line-break: anywhere; word-break: break-all; }</style>"));
        kinds.put("paragraph", "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">" + style
                + "</head><body><article class=\"fm-article\"><header class=\"fm-meta\"><h1 class=\"fm-title\">"
                + "今年一季度全市经济开门红</h1></header><section class=\"fm-body\"><p class=\"fm-block fm-paragraph\">"
                + "截至2月20日，省外劳动力返金数量3351790人，返岗率达98%，全市重点项目复工复产，总投资9.2亿元。"
                + "</p></section></article></body></html>");
        kinds.put("warm-up", ReaderHtml.warmUpPage(ReaderOptions.DEFAULT));
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            Files.writeString(folder.resolve(kind.getKey() + ".html"), kind.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The page with every Chinese character of its text changed to a Latin letter, words five letters long. */
    private static String latin(String full, String style, String script) {
        String text = full.replace(style, "\u0001").replace(script, "\u0002");
        StringBuilder out = new StringBuilder(text.length());
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                    || (c >= '\uff00' && c <= '\uffef')) {
                out.append(++run % 6 == 0 ? ' ' : (char) ('a' + run % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("\u0001", style).replace("\u0002", script).replace("lang=\"zh-CN\"", "lang=\"en\"");
    }

    /** Loads the placeholder, the page of {@code kind}, then the full page twice, and prints what each load cost. */
    private static void probe(Path folder, String kind) throws Exception {
        String placeholder = Files.readString(folder.resolve("none.html"));
        String warm = Files.readString(folder.resolve(kind + ".html"));
        String full = Files.readString(folder.resolve("full.html"));
        CompletableFuture<WebView> made = new CompletableFuture<>();
        Platform.startup(() -> {
            WebView web = new WebView();
            Stage stage = new Stage();
            stage.setScene(new Scene(web, 760, 700));
            stage.show();
            made.complete(web);
        });
        WebView web = made.get(30, TimeUnit.SECONDS);
        load(web, placeholder);
        Cost warmCost = load(web, warm);
        Cost first = load(web, full);
        Cost again = load(web, full);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", kind, warmCost, first, again);
        Platform.exit();
    }

    /** What one load cost: wall ms to loaded and to painted, CPU ms of the FX thread and of the renderer. */
    private record Cost(double loaded, double painted, double fxCpu, double renderCpu) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f / %.0f (FX %.0f, render %.0f)", loaded, painted, fxCpu, renderCpu);
        }
    }

    private static Cost load(WebView web, String page) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        long[] start = new long[3];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            start[1] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            start[2] = renderCpu();
            long[] loadedAt = new long[1];
            web.getEngine().getLoadWorker().stateProperty().addListener((property, before, state) -> {
                if (state == Worker.State.SUCCEEDED && loadedAt[0] == 0) {
                    loadedAt[0] = System.nanoTime();
                    Pulses.after(web.getScene(), 3, () -> done.complete(new long[] {loadedAt[0], System.nanoTime(),
                            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()}));
                }
            });
            web.getEngine().loadContent(page);
        });
        long[] end = done.get(60, TimeUnit.SECONDS);
        // The renderer draws the last pulse's frame after it: its CPU is read once it has.
        CompletableFuture<Long> rendered = new CompletableFuture<>();
        Platform.runLater(() -> Pulses.after(web.getScene(), 1, () -> rendered.complete(renderCpu())));
        long renderEnd = rendered.get(10, TimeUnit.SECONDS);
        return new Cost((end[0] - start[0]) / 1e6, (end[1] - start[0]) / 1e6, (end[2] - start[1]) / 1e6,
                (renderEnd - start[2]) / 1e6);
    }

    private static long renderCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                return threads.getThreadCpuTime(info.getThreadId());
            }
        }
        return 0;
    }
}
