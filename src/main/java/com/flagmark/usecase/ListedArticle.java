package com.flagmark.usecase;

import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Snippet;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the article list: the article's metadata and, in a list of search results, the
 * snippet of the text around its first hit.
 */
public record ListedArticle(ArticleSummary summary, Optional<Snippet> snippet) {

    public ListedArticle {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** Returns the article's id. */
    public long id() {
        return summary.id();
    }
}
