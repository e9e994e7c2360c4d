package com.flagmark.library;

import com.flagmark.model.Article;

/** An article's title, kicker and body as search tokens, the way the index stores them. */
record SearchDocument(String title, String kicker, String body) {

    /** Tokenises the parts of an article that search looks at. */
    static SearchDocument of(Article article) {
        return new SearchDocument(
                article.title().map(SearchTokens::indexed).orElse(""),
                article.kicker().map(SearchTokens::indexed).orElse(""),
                SearchTokens.indexed(article.text()));
    }
}
