package com.flagmark.usecase;

import com.flagmark.annotate.Span;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleOrder;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.library.SearchHit;
import com.flagmark.library.SearchIndex;
import com.flagmark.library.Snippet;
import com.flagmark.model.CanonicalText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article list of a large library, read a page at a time: first the ids of every article
 * the list holds, in its order (filtered and sorted by the library, searched by the index),
 * then the rows of the few pages on screen. See docs/decisions/0023-the-paged-list-and-start-up.md.
 */
public final class ArticleList {

    private final Library library;

    /** Reads the list of the session's library. */
    public ArticleList(LibrarySession session) {
        this.library = session.library();
    }

    /**
     * Returns the ids of the articles the filter lets through and the query (if not blank)
     * matches, in this order, or without one in the list's own order: import order, or best
     * first while searching. Its length is the true number of articles the list stands for.
     */
    public long[] ids(ArticleFilter filter, String query, Optional<ArticleOrder> order) {
        if (query.isBlank()) {
            return library.articles().ids(filter, order.orElse(ArticleOrder.IMPORTED));
        }
        long[] ranked = library.search().rankedIds(query, filter);
        if (order.isEmpty() || ranked.length == 0) {
            return ranked;
        }
        long[] matching = ranked.clone();
        Arrays.sort(matching);
        return Arrays.stream(library.articles().ids(filter, order.get()))
                .filter(id -> Arrays.binarySearch(matching, id) >= 0).toArray();
    }

    /** Tells whether only the beginning of this search text is searched for, the rest being too long. */
    public boolean shortens(String query) {
        return !query.isBlank() && SearchIndex.shortens(query);
    }

    /**
     * Returns the rows of these articles, by id, with their snippets when {@code query} is not
     * blank; an article deleted since its id was listed has no row.
     */
    public Map<Long, ListedArticle> rows(List<Long> ids, String query) {
        Map<Long, Snippet> snippets = new HashMap<>();
        if (!query.isBlank()) {
            for (SearchHit hit : library.search().hits(query, ids)) {
                snippets.put(hit.id(), hit.snippet());
            }
        }
        Map<Long, ListedArticle> rows = new HashMap<>();
        for (ArticleSummary summary : library.articles().summaries(ids)) {
            rows.put(summary.id(), new ListedArticle(summary, Optional.ofNullable(snippets.get(summary.id()))));
        }
        return rows;
    }

    /**
     * Returns every place the user's text matches in an article's canonical text, in code
     * points and in order: the hits the reader marks.
     */
    public static List<Span> hits(String query, String text) {
        return SearchIndex.marks(query, text).stream()
                .map(mark -> new Span(CanonicalText.offsetOf(text, mark.start()), CanonicalText.offsetOf(text, mark.end())))
                .toList();
    }
}
