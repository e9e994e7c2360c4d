package com.flagmark.ingest.web;

import com.flagmark.ingest.text.RawBlock;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PageExtractor} finds in a whole web page: the article's metadata and its body as
 * raw lines. The body is empty when the page holds no article.
 *
 * @param url the page's own address (canonical link or og:url), absolute http(s) only
 */
record ExtractedPage(Optional<String> title, Optional<ArticleDate> date, Optional<String> source,
        List<Author> credits, Optional<String> url, List<RawBlock> body) {

    ExtractedPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        credits = List.copyOf(credits);
        body = List.copyOf(body);
    }

    /** Tells whether the page held an article at all. */
    boolean hasArticle() {
        return !body.isEmpty();
    }
}
