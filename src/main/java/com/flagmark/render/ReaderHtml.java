package com.flagmark.render;

import com.flagmark.model.Article;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.StoryRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the page the reader shows: the metadata above the body, then each block as an element
 * that carries {@code data-start}, its start offset in code points in the canonical text, so a
 * selection in the page maps to offsets exactly. Highlights are drawn over the text without
 * changing it ({@link HighlightMarkup}). Every text is escaped; the page carries a
 * Content-Security-Policy that lets only the app's own script ({@code reader.js}, allowed by its
 * hash) and style run, and nothing load, so nothing from an imported file can run or load.
 */
public final class ReaderHtml {

    /** The page's own script, the only one its policy allows. */
    public static final String SCRIPT = resource("reader.js");

    /** The policy's source for {@link #SCRIPT}: {@code 'sha256-…'} of its UTF-8 bytes. */
    public static final String SCRIPT_HASH = "'sha256-" + sha256(SCRIPT) + "'";

    /** The policy every reader page carries. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src " + SCRIPT_HASH + "; style-src 'unsafe-inline'; img-src 'none'; "
                    + "form-action 'none'; frame-src 'none'; base-uri 'none'";

    private static final String STYLE = resource("reader.css");

    /** The article of the warm-up page. */
    private static final Article WARM_UP = warmUpArticle(resource("warm-up.txt"));

    private ReaderHtml() {
    }

    /** Returns the whole reader page for an article, without highlights, in the light theme. */
    public static String page(Article article) {
        return page(article, List.of(), ReaderOptions.DEFAULT);
    }

    /**
     * Returns the whole reader page for an article with its highlights drawn over the text.
     * Highlights may overlap, nest and cross blocks; a part beyond the text is ignored.
     */
    public static String page(Article article, List<Highlight> highlights, ReaderOptions options) {
        return page(article, highlights, options, options.dark() ? "fm-dark" : "");
    }

    /**
     * Returns the page the reader draws once before its first article: an article written for it
     * ({@code warm-up.txt}: a headline, headings and paragraphs of Chinese with figures), with the
     * reader's style, fonts and script, in which every text and rule is drawn in the page's
     * colour, so that WebKit lays out, styles and paints what an article needs without anything
     * showing.
     */
    public static String warmUpPage(ReaderOptions options) {
        return page(WARM_UP, List.of(), options, options.dark() ? "fm-dark fm-warm-up" : "fm-warm-up");
    }

    private static String page(Article article, List<Highlight> highlights, ReaderOptions options, String classes) {
        StringBuilder html = new StringBuilder(article.text().length() * 3 + highlights.size() * 160
                + STYLE.length() + SCRIPT.length() + 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"").append(classes.isEmpty() ? "" : " class=\"" + classes + "\"")
                .append(" style=\"--fm-zoom:").append(zoom(options.zoom())).append(";--fm-note-label:")
                .append(escape(cssString(options.words().editorsNote()))).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\"><title>").append(escape(article.title().orElse(""))).append("</title><style>")
                .append(STYLE).append("</style></head>\n<body><article class=\"fm-article\">\n");
        header(article, options.words(), html);
        html.append(body(article, highlights));
        html.append("</article><script>").append(SCRIPT).append("</script></body></html>\n");
        return html.toString();
    }

    private static void header(Article article, ReaderWords words, StringBuilder html) {
        html.append("<header class=\"fm-meta\">\n");
        article.kicker().ifPresent(kicker -> element(html, "p", "fm-kicker", kicker));
        element(html, "h1", article.title().isPresent() ? "fm-title" : "fm-title fm-untitled",
                article.title().orElse(words.untitled()));
        String line = metaLine(article, words);
        if (!line.isEmpty()) {
            html.append("<p class=\"fm-line\">").append(line).append("</p>\n");
        }
        article.url().ifPresent(url -> html.append("<p class=\"fm-origin\"><a href=\"").append(escape(url))
                .append("\" title=\"").append(escape(url)).append("\">").append(escape(words.originalLink())).append("</a></p>\n"));
        if (article.story().isPartOfPage()) {
            element(html, "p", "fm-page", words.story(article.story().index(), article.story().count()));
        }
        html.append("</header>\n");
    }

    private static String metaLine(Article article, ReaderWords words) {
        StringBuilder line = new StringBuilder();
        article.date().ifPresent(date -> line.append("<time datetime=\"").append(date.iso()).append("\">")
                .append(escape(words.date(date))).append("</time>"));
        article.source().ifPresent(source -> separated(line).append("<span class=\"fm-source\">")
                .append(escape(source)).append("</span>"));
        if (!article.authors().isEmpty()) {
            separated(line).append("<span class=\"fm-authors\">").append(escape(authors(article.authors())))
                    .append("</span>");
        }
        return line.toString();
    }

    /**
     * Returns the page's body: each block of the article with its highlights drawn over its text.
     * The page's script swaps a new body's blocks into the page shown ({@code fm.redraw}), so that
     * highlights that arrive later need no new page.
     */
    public static String body(Article article, List<Highlight> highlights) {
        List<Block> blocks = article.blocks();
        int[] starts = CanonicalText.blockStarts(blocks);
        StringBuilder html = new StringBuilder(article.text().length() * 3 + highlights.size() * 160 + 64);
        html.append("<section class=\"fm-body\">\n");
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String tag = tagOf(block.kind());
            html.append('<').append(tag).append(" class=\"fm-block fm-").append(block.kind().id().replace('_', '-'))
                    .append(repeatsHeader(block, article) ? " fm-in-header" : "")
                    .append("\" data-start=\"").append(starts[i]).append("\">");
            if (block.kind() == BlockKind.EDITORS_NOTE) {
                html.append("<span class=\"fm-label\" aria-hidden=\"true\" data-skip></span>");
            }
            HighlightMarkup.write(Segments.of(block.text(), starts[i], highlights), html);
            html.append("</").append(tag).append(">\n");
        }
        html.append("</section>\n");
        return html.toString();
    }

    /**
     * Tells whether a byline only repeats the header: it names every author the header shows
     * and nobody the header leaves out (an editor, a photographer). Its text stays in the page,
     * hidden, so that positions in the text keep their places.
     */
    static boolean repeatsHeader(Block block, Article article) {
        if (block.kind() != BlockKind.BYLINE || article.authors().isEmpty()) {
            return false;
        }
        String names = block.text().replaceAll("\\s", "");
        boolean othersNamed = article.credits().stream().filter(person -> !person.creditRole().isAuthor())
                .anyMatch(person -> names.contains(person.name()));
        return !othersNamed && article.authors().stream().allMatch(author -> names.contains(author.name()));
    }

    private static String tagOf(BlockKind kind) {
        return switch (kind) {
            case HEADING -> "h2";
            case QUOTE -> "blockquote";
            case CAPTION -> "figcaption";
            case EDITORS_NOTE -> "aside";
            default -> "p";
        };
    }

    private static String authors(List<Author> authors) {
        return authors.stream()
                .collect(Collectors.groupingBy(author -> author.role().orElse(""), LinkedHashMap::new,
                        Collectors.mapping(Author::name, Collectors.joining(" "))))
                .entrySet().stream()
                .map(group -> roleLabel(group.getKey()) + group.getValue())
                .collect(Collectors.joining("　"));
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "" -> "";
            case "整理" -> "整理 ";
            case "摄" -> "摄影 ";
            default -> role + " ";
        };
    }

    private static StringBuilder separated(StringBuilder line) {
        return line.isEmpty() ? line : line.append("<span class=\"fm-sep\"> · </span>");
    }

    private static void element(StringBuilder html, String tag, String cssClass, String text) {
        html.append('<').append(tag).append(" class=\"").append(cssClass).append("\">").append(escape(text))
                .append("</").append(tag).append(">\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes text as a CSS string, for a custom property that {@code content} takes. */
    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Writes a zoom in percent as the factor CSS multiplies by: 125 reads 1.25. */
    private static String zoom(int percent) {
        return percent / 100 + "." + (percent % 100 < 10 ? "0" : "") + percent % 100;
    }

    /**
     * Reads the warm-up page's article: its first line the headline, a line starting with
     * {@code "## "} a heading, every other line a paragraph; lines starting with {@code "# "} are
     * notes and left out.
     */
    static Article warmUpArticle(String written) {
        List<String> lines = written.lines().filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        List<Block> blocks = lines.subList(1, lines.size()).stream()
                .map(line -> line.startsWith("## ") ? Block.heading(line.substring(3)) : Block.paragraph(line))
                .toList();
        return new Article(Optional.of(lines.get(0)), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), blocks, StoryRef.SINGLE);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReaderHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
