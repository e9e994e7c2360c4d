package com.flagmark.library;

/**
 * An {@link ArticleOrder} as an {@code ORDER BY} clause on the articles as read aliased
 * {@code a} ({@link ArticleRepository#asRead}). Each column of the {@code articles} table has an
 * index ending in the id (V7), and ties go in the column's direction, so that a library without
 * corrections is listed in any order by walking an index forwards or backwards rather than by
 * sorting it; one with corrections is sorted by the corrected values.
 */
final class ArticleOrderSql {

    private ArticleOrderSql() {
    }

    static String of(ArticleOrder order) {
        String direction = order.descending() ? " DESC" : "";
        String column = switch (order.key()) {
            case IMPORTED -> null;
            case TITLE -> "a.title";
            case DATE -> "a.date_key";
            case SOURCE -> "a.source";
            case ANNOTATIONS -> "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id)";
        };
        return (column == null ? "" : column + direction + ", ") + "a.id" + direction;
    }
}
