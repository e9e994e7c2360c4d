package com.flagmark.library;

import java.util.Objects;

/**
 * The order of a list of articles: by one column, ascending or descending, with the import
 * order (the id) deciding ties in the same direction. Articles without the value sorted by (no
 * title, no date, no source) come first when ascending, last when descending.
 *
 * @param key what the articles are sorted by
 * @param descending whether the greatest value comes first
 */
public record ArticleOrder(Key key, boolean descending) {

    /** The order the articles were imported in. */
    public static final ArticleOrder IMPORTED = new ArticleOrder(Key.IMPORTED, false);

    /** What a list can be sorted by. */
    public enum Key {
        IMPORTED, TITLE, DATE, SOURCE, ANNOTATIONS
    }

    public ArticleOrder {
        Objects.requireNonNull(key, "key");
    }
}
