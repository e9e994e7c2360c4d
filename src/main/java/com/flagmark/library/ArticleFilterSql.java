package com.flagmark.library;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link ArticleFilter} as a condition on the articles as read aliased {@code a}, with its
 * parameters: {@code article_keys} or {@code articles_read}, which both hold the user's
 * corrections laid over the cleaned values (id, title, date_key, source). Dates
 * compare with {@code date_key}, the source's own wall-clock date, which sorts as text and is
 * null for an article without a date.
 */
record ArticleFilterSql(String condition, List<Object> parameters) {

    private static final String CODED_WITH = "a.id IN (WITH RECURSIVE wanted (id) AS ("
            + " SELECT ? UNION SELECT c.id FROM codes c JOIN wanted w ON c.parent_id = w.id)"
            + " SELECT n.article_id FROM annotations n JOIN annotation_codes ac ON ac.annotation_id = n.id"
            + " WHERE ac.code_id IN wanted)";

    static ArticleFilterSql of(ArticleFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter.source().ifPresent(source -> {
            conditions.add("a.source = ?");
            parameters.add(source);
        });
        filter.from().ifPresent(from -> {
            conditions.add("a.date_key >= ?");
            parameters.add(from.toString());
        });
        filter.to().ifPresent(to -> {
            conditions.add("a.date_key < ?");
            parameters.add(to.plusDays(1).toString());
        });
        filter.codeId().ifPresent(codeId -> {
            conditions.add(CODED_WITH);
            parameters.add(codeId);
        });
        if (filter.annotatedOnly()) {
            conditions.add("EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)");
        }
        return new ArticleFilterSql(conditions.isEmpty() ? "1" : String.join(" AND ", conditions),
                List.copyOf(parameters));
    }

    /** Sets the parameters from {@code first} on. Returns the index after the last. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }
}
