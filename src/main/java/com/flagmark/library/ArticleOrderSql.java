package com.flagmark.library;

/**
 * An {@link ArticleOrder} as an {@code ORDER BY} clause on {@code article_keys} aliased {@code a}
 * (the title, date key and source as the user reads them, kept on write; V10). Each column has an
 * index ending in the id, and ties go in the column's direction, so that the library is listed in
 * any order by walking an index forwards or backwards rather than by sorting it, corrected
 * articles or not.
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
