package com.flagmark.ingest.text;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.decode.Dates;
import com.flagmark.ingest.decode.FrontMatter;
import com.flagmark.model.Author;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of a Jekyll or Hugo post: title, date (from the front matter, or the
 * {@code 2021-12-08-} that starts its file name), author, original URL, and a fallback source
 * from its tags ("大众日报新闻" gives 大众日报).
 */
final class Posts {

    private static final Pattern FILE_DATE = Pattern.compile("(?:^|[/\\\\])((?:19|20)\\d{2}-\\d{2}-\\d{2})-[^/\\\\]*$");
    private static final Pattern NEWS_TAG = Pattern.compile("^(.{2,20}?(?:报|网|社|台))新闻$");
    private static final List<String> URL_KEYS = List.of("url", "link", "source_url", "original_url", "canonical_url",
            "originalUrl");

    private Posts() {
    }

    /** Fills the draft from a post's front matter and file name. */
    static void readFrontMatter(FrontMatter frontMatter, String fileName, ArticleDraft draft) {
        frontMatter.text("title").ifPresent(draft::title);
        frontMatter.text("date").flatMap(Dates::parse).ifPresent(draft::date);
        if (!draft.hasDate()) {
            Matcher fromName = FILE_DATE.matcher(fileName);
            if (fromName.find()) {
                Dates.parse(fromName.group(1)).ifPresent(draft::date);
            }
        }
        frontMatter.text("source").ifPresent(draft::source);
        URL_KEYS.stream().map(frontMatter::text).flatMap(Optional::stream)
                .filter(url -> url.startsWith("http")).findFirst().ifPresent(draft::url);
        for (String tag : frontMatter.list("tags")) {
            Matcher news = NEWS_TAG.matcher(tag);
            if (news.matches()) {
                draft.fallbackSource(news.group(1));
            }
        }
        frontMatter.list("author").forEach(name -> draft.authors(List.of(Author.of(name, null))));
    }

    /** Reads a Markdown file, taking its first level-1 heading as the title. */
    static List<RawBlock> markdownWithTitle(String markdown, ArticleDraft draft) {
        Document html = MarkdownBody.html(markdown);
        Element heading = html.body().selectFirst("h1");
        if (heading != null) {
            draft.title(heading.text());
            heading.remove();
        }
        return HtmlBlocks.of(html.body());
    }
}
