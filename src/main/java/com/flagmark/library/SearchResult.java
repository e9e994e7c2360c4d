package com.flagmark.library;

import java.util.List;

/**
 * One page of a search: the best hits, and how many articles match in all.
 *
 * @param total the exact number of matching articles, however many there are
 * @param hits the best of them, best first
 */
public record SearchResult(long total, List<SearchHit> hits) {

    /** A search that found nothing. */
    public static final SearchResult NONE = new SearchResult(0, List.of());

    public SearchResult {
        if (total < hits.size()) {
            throw new IllegalArgumentException("A total of " + total + " below the " + hits.size() + " hits shown");
        }
        hits = List.copyOf(hits);
    }
}
