package com.flagmark.library;

import java.util.List;

/**
 * One page of a search: the best hits, and how many articles match in all.
 *
 * @param total the exact number of matching articles, however many there are
 * @param hits the best of them, best first
 * @param shortened whether the query was too long to be meaningful and only its first
 *        {@value SearchQuery#MOST_TOKENS} characters (or words of letters and digits) were
 *        searched for, which a user is told
 */
public record SearchResult(long total, List<SearchHit> hits, boolean shortened) {

    /** A search that found nothing. */
    public static final SearchResult NONE = new SearchResult(0, List.of());

    /** The result of a search for the whole query. */
    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, false);
    }

    /** Returns how many characters of a long query a search takes: the rest are left out, and the result says so. */
    public static int mostCharacters() {
        return SearchQuery.MOST_TOKENS;
    }

    public SearchResult {
        if (total < hits.size()) {
            throw new IllegalArgumentException("A total of " + total + " below the " + hits.size() + " hits shown");
        }
        hits = List.copyOf(hits);
    }
}
