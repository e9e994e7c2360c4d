package com.flagmark.library;

import com.flagmark.model.Article;
import java.util.Objects;

/**
 * An article as the library holds it: its id, the path of the file it was imported from
 * (exactly as it was given), and the article rebuilt exactly as it was stored.
 */
public record StoredArticle(long id, String file, Article article) {

    public StoredArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(article, "article");
    }
}
