package com.flagmark.library;

import com.flagmark.model.DateBin;
import com.flagmark.model.RegionRule;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of an analysis: common table expressions for the passages that pass some
 * {@link PassageCriteria} ({@code passages}: id, article_id, start_offset, end_offset, date_key)
 * and for the rows articles stand for, with their parameters in the order they appear. Lists and
 * maps travel as one JSON parameter each, read with {@code json_each}, so a search's 100,000
 * article ids need no statement of their own. Articles are read as the user corrected them
 * ({@code article_keys}, kept on write): a passage's date and source are the corrected ones.
 */
final class AnalysisSql {

    private static final String IDS = "(SELECT value FROM json_each(?))";

    private final List<String> tables = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private AnalysisSql() {
    }

    /** Starts with the {@code passages} table of these criteria. */
    static AnalysisSql passages(PassageCriteria criteria) {
        AnalysisSql sql = new AnalysisSql();
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        criteria.region().ifPresent(region -> {
            conditions.add("n.article_id IN (SELECT r.article_id FROM article_regions r WHERE "
                    + region.rows().condition("r") + " AND r.code IN " + IDS + ")");
            values.add(strings(region.wanted()));
        });
        if (!criteria.codeIds().isEmpty()) {
            conditions.add("n.id IN (SELECT annotation_id FROM annotation_codes WHERE code_id IN " + IDS + ")");
            values.add(numbers(criteria.codeIds()));
        }
        criteria.from().ifPresent(from -> {
            conditions.add("a.date_key >= ?");
            values.add(from.toString());
        });
        criteria.to().ifPresent(to -> {
            conditions.add("a.date_key < ?");
            values.add(to.plusDays(1).toString());
        });
        criteria.source().ifPresent(source -> {
            conditions.add("a.source = ?");
            values.add(source);
        });
        criteria.coder().ifPresent(coder -> {
            conditions.add("n.coder = ?");
            values.add(coder);
        });
        criteria.quoteText().ifPresent(text -> {
            conditions.add("instr(n.exact, ?) > 0");
            values.add(text);
        });
        criteria.articleIds().ifPresent(ids -> {
            conditions.add("n.article_id IN " + IDS);
            values.add(numbers(ids));
        });
        criteria.together().ifPresent(together -> {
            String near = together.within().isPresent()
                    ? " AND m.start_offset <= n.end_offset + ? AND n.start_offset <= m.end_offset + ?" : "";
            conditions.add("EXISTS (SELECT 1 FROM annotations m JOIN annotation_codes mc ON mc.annotation_id = m.id"
                    + " WHERE m.article_id = n.article_id AND mc.code_id IN " + IDS + near + ")");
            values.add(numbers(together.codeIds()));
            together.within().ifPresent(within -> {
                values.add(within);
                values.add(within);
            });
        });
        sql.table("passages AS (SELECT n.id, n.article_id, n.start_offset, n.end_offset, a.date_key"
                + " FROM annotations n JOIN article_keys a ON a.id = n.article_id"
                + " WHERE " + (conditions.isEmpty() ? "1" : String.join(" AND ", conditions)) + ")", values);
        return sql;
    }

    /**
     * Starts with the table {@code row_regions} (article_id, row) of the rows each article stands
     * for, counted from the region annotations themselves: for rows that are the divisions as
     * coded, which {@code article_regions} does not keep.
     */
    static AnalysisSql regionsOnly(RegionRows rows) {
        return new AnalysisSql().regions("row_regions", rows);
    }

    /**
     * Adds a table {@code name} (article_id, row) of the rows each article stands for under
     * {@code rows}, and the tables it is built from.
     */
    AnalysisSql regions(String name, RegionRows rows) {
        // Materialized, so SQLite indexes the map once: read in place, json_each would be scanned whole
        // for every region annotation.
        table(name + "_map (code, row) AS MATERIALIZED (SELECT key, value FROM json_each(?))",
                List.of(strings(rows.rowOf())));
        // Annotations are read through their index by article, which holds the article and offsets a
        // mention needs: looking each region annotation up by id would read its whole row, quote and
        // context included, and cost three times the time at 100,000 articles.
        table(name + "_mentions AS (SELECT n.article_id, m.row, count(*) AS mentions, min(n.start_offset) AS first"
                + " FROM annotations n INDEXED BY annotations_by_article"
                + " JOIN annotation_attributes aa ON aa.annotation_id = n.id AND aa.name = '"
                + RegionRows.GAZETTEER_ATTRIBUTE + "'"
                + " JOIN " + name + "_map m ON m.code = aa.value"
                + " WHERE n.id IN (SELECT annotation_id FROM annotation_codes WHERE code_id IN " + IDS + ")"
                + " GROUP BY n.article_id, m.row)", List.of(numbers(rows.regionCodeIds())));
        String mentions = name + "_mentions";
        table(name + " AS (" + (rows.rule() == RegionRule.ANY ? "SELECT article_id, row FROM " + mentions
                : "SELECT article_id, row FROM (SELECT article_id, row, row_number() OVER (PARTITION BY article_id"
                        + " ORDER BY mentions DESC, first) AS rank FROM " + mentions + ") WHERE rank = 1") + ")", List.of());
        return this;
    }

    /**
     * Adds {@code coded} (id, article_id, date_key, col): each passage once per column one of its
     * codes falls in, the columns given as code id to column key.
     */
    AnalysisSql columns(Map<Long, String> columnOf) {
        table("columns (code, col) AS (SELECT CAST(key AS INTEGER), value FROM json_each(?))",
                List.of(json(columnOf)));
        table("coded AS (SELECT DISTINCT p.id, p.article_id, p.date_key, c.col FROM passages p"
                + " JOIN annotation_codes ac ON ac.annotation_id = p.id JOIN columns c ON c.code = ac.code_id)", List.of());
        return this;
    }

    /**
     * Adds {@code facts} (row, col, article_id, id): the coded passages by the region rows of their
     * articles, read from each article's regions kept on write.
     */
    AnalysisSql factsByRegion(LevelRows rows) {
        table("facts AS (SELECT coalesce(r.code, '') AS row, k.col, k.article_id, k.id FROM coded k"
                + " LEFT JOIN article_regions r ON r.article_id = k.article_id AND " + rows.condition("r") + ")",
                List.of());
        return this;
    }

    /** Adds {@code facts} (row, col, article_id, id): the coded passages by the date bin of their articles. */
    AnalysisSql factsByDate(DateBin bin) {
        table("facts AS (SELECT coalesce(" + binOf("k.date_key", bin) + ", '') AS row, k.col, k.article_id, k.id"
                + " FROM coded k)", List.of());
        return this;
    }

    /** Returns the statement: the tables, then {@code select}, whose own parameters follow theirs. */
    String sql(String select) {
        return "WITH " + String.join(",\n", tables) + "\n" + select;
    }

    /** Sets the tables' parameters, then {@code more}. */
    void bind(PreparedStatement statement, Object... more) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        for (Object parameter : more) {
            statement.setObject(index++, parameter);
        }
    }

    /** Returns a JSON array of numbers. */
    static String numbers(Collection<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    /** Returns a JSON object of code id to rank or key. */
    static String json(Map<Long, ?> values) {
        return values.entrySet().stream().map(entry -> quoted(String.valueOf(entry.getKey())) + ":"
                + quoted(String.valueOf(entry.getValue()))).collect(Collectors.joining(",", "{", "}"));
    }

    private static String strings(Collection<String> values) {
        return values.stream().map(AnalysisSql::quoted).collect(Collectors.joining(",", "[", "]"));
    }

    private static String strings(Map<String, String> values) {
        return values.entrySet().stream().map(entry -> quoted(entry.getKey()) + ":" + quoted(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A JSON string: the text between quotes, with quotes, backslashes and control characters escaped. */
    private static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** The SQL of a date bin's label of a {@code date_key}; null for an undated article. */
    private static String binOf(String dateKey, DateBin bin) {
        return switch (bin) {
            case MONTH -> "substr(" + dateKey + ", 1, 7)";
            case QUARTER -> "(substr(" + dateKey + ", 1, 4) || '-Q' || ((CAST(substr(" + dateKey
                    + ", 6, 2) AS INTEGER) + 2) / 3))";
            case YEAR -> "substr(" + dateKey + ", 1, 4)";
        };
    }

    private void table(String definition, List<Object> values) {
        tables.add(definition);
        parameters.addAll(values);
    }
}
