package com.flagmark.ingest.text;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the body of a post: Markdown, HTML, or the two mixed, as Jekyll allows. The Markdown is
 * rendered to HTML first, so both end as the same lines.
 */
final class MarkdownBody {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private MarkdownBody() {
    }

    /** Returns the lines of the body, and its first level-1 heading as the title if it has one. */
    static List<RawBlock> lines(String markdown) {
        return HtmlBlocks.of(html(markdown).body());
    }

    /** Renders the Markdown and parses the result as an HTML document. */
    static Document html(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
    }
}
