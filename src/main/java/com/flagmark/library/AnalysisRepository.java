package com.flagmark.library;

import com.flagmark.model.Annotation;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.DateBin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looking across the library's coded passages: which passages pass some criteria, in an order
 * of the user's choosing, and how many passages and articles fall in each cell of a table of
 * codes by region or by date. Counting happens in SQLite, so a table over 200,000 annotations
 * reads a few hundred rows, not 200,000.
 */
public final class AnalysisRepository {

    /** Passages of one article, in the order of the text. */
    private static final String ARTICLE_ORDER = "p.article_id, p.start_offset, p.id";
    private static final String TIE_BREAK = "a.date_key IS NULL, a.date_key, " + ARTICLE_ORDER;

    private final Database database;
    private final ArticleRegions articleRegions;

    AnalysisRepository(Database database) {
        this.database = database;
        this.articleRegions = new ArticleRegions(database);
    }

    /**
     * Brings each article's regions ({@code article_regions}) up to date with the region
     * annotations written since they were last read: the articles the library's triggers marked.
     * Counts by region call this first; it writes nothing when nothing was marked.
     *
     * @return how many articles were brought up to date
     */
    public int catchUpRegions(RegionRollUp rollUp) {
        return articleRegions.catchUp(rollUp);
    }

    /** Returns every division code the region annotations (those carrying one of the codes) hold, once each. */
    public List<String> regionCodesInUse(Set<Long> regionCodeIds) {
        return database.read(connection -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT aa.value"
                    + " FROM annotation_attributes aa WHERE aa.name = ? AND aa.annotation_id IN"
                    + " (SELECT annotation_id FROM annotation_codes WHERE code_id IN (SELECT value FROM json_each(?)))"
                    + " ORDER BY aa.value")) {
                query.setString(1, RegionRows.GAZETTEER_ATTRIBUTE);
                query.setString(2, AnalysisSql.numbers(regionCodeIds));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                    }
                }
            }
            return codes;
        });
    }

    /** Returns how many passages pass the criteria. */
    public int count(PassageCriteria criteria) {
        AnalysisSql sql = AnalysisSql.passages(criteria);
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql.sql("SELECT count(*) FROM passages"))) {
                sql.bind(query);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Returns the ids of the passages that pass the criteria, in this order; {@code codeRank}
     * gives each code's place in the codebook, for {@link PassageOrder#CODES}.
     */
    public List<Long> ids(PassageCriteria criteria, PassageOrder order, boolean descending, Map<Long, Integer> codeRank) {
        return ids(criteria, order, descending, codeRank, "");
    }

    /**
     * Returns the ids of the first {@code limit} passages that pass the criteria, in this order, as
     * {@link #ids} would list them: a first page without reading the ids of them all.
     */
    public List<Long> firstIds(PassageCriteria criteria, PassageOrder order, boolean descending,
            Map<Long, Integer> codeRank, int limit) {
        if (order != PassageOrder.DATE) {
            return ids(criteria, order, descending, codeRank, " LIMIT " + Math.max(0, limit));
        }
        // Dated, then undated, each read apart: "undated last" written as one ordering makes SQLite
        // sort every passage for a page, where the dated part alone walks the index of dates.
        String direction = descending ? " DESC" : "";
        return database.read(connection -> {
            List<Long> ids = selectIds(connection, criteria, order, codeRank, " WHERE a.date_key IS NOT NULL",
                    "a.date_key" + direction + ", " + ARTICLE_ORDER, " LIMIT " + Math.max(0, limit));
            if (ids.size() < limit) {
                ids.addAll(selectIds(connection, criteria, order, codeRank, " WHERE a.date_key IS NULL", ARTICLE_ORDER,
                        " LIMIT " + (limit - ids.size())));
            }
            return ids;
        });
    }

    private List<Long> ids(PassageCriteria criteria, PassageOrder order, boolean descending, Map<Long, Integer> codeRank,
            String limit) {
        Objects.requireNonNull(order, "order");
        String direction = descending ? " DESC" : "";
        String ordering = order == PassageOrder.DATE ? "a.date_key IS NULL, a.date_key" + direction
                : sortKey(order) + direction;
        return database.read(connection -> selectIds(connection, criteria, order, codeRank, "",
                ordering + ", " + TIE_BREAK, limit));
    }

    private static List<Long> selectIds(Connection connection, PassageCriteria criteria, PassageOrder order,
            Map<Long, Integer> codeRank, String where, String ordering, String limit) throws SQLException {
        AnalysisSql sql = AnalysisSql.passages(criteria);
        String select = "SELECT p.id FROM passages p JOIN annotations n ON n.id = p.id"
                + " JOIN article_keys a ON a.id = p.article_id" + where + " ORDER BY " + ordering + limit;
        try (PreparedStatement query = connection.prepareStatement(sql.sql(select))) {
            if (order == PassageOrder.CODES) {
                sql.bind(query, AnalysisSql.json(codeRank));
            } else {
                sql.bind(query);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Returns the passages with these ids, in the order given; ids no longer in the library are left out. */
    public List<Passage> passages(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            Map<Long, Annotation> annotations = AnnotationTable.withIds(connection, ids).stream()
                    .collect(Collectors.toMap(Annotation::id, Function.identity()));
            Map<Long, ArticleFacts> articles = articles(connection,
                    annotations.values().stream().map(Annotation::articleId).collect(Collectors.toSet()));
            List<Passage> passages = new ArrayList<>(ids.size());
            for (long id : ids) {
                Annotation annotation = annotations.get(id);
                if (annotation != null) {
                    ArticleFacts article = articles.get(annotation.articleId());
                    passages.add(new Passage(annotation, article.title(), article.date(), article.source()));
                }
            }
            return passages;
        });
    }

    /**
     * Counts the passages that pass the criteria by the region rows of their articles (one
     * {@link CrossTab#NO_ROW} for articles without one) and by column, a passage counting in each
     * column one of its codes falls in ({@code columnOf}: code id to column key).
     */
    public CrossTab byRegion(PassageCriteria criteria, LevelRows rows, Map<Long, String> columnOf) {
        return crossTab(AnalysisSql.passages(ofColumns(criteria, columnOf)).columns(columnOf).factsByRegion(rows));
    }

    /**
     * Counts the passages that pass the criteria by the date bin of their articles ({@link
     * CrossTab#NO_ROW} for undated articles) and by column, as {@link #byRegion} does.
     */
    public CrossTab byDate(PassageCriteria criteria, DateBin bin, Map<Long, String> columnOf) {
        return crossTab(AnalysisSql.passages(ofColumns(criteria, columnOf)).columns(columnOf).factsByDate(bin));
    }

    /**
     * Only passages with a column's code are counted, so criteria that take any code are narrowed
     * to the columns' codes: the passages are then found through the index of codes instead of by
     * reading every annotation.
     */
    private static PassageCriteria ofColumns(PassageCriteria criteria, Map<Long, String> columnOf) {
        return criteria.codeIds().isEmpty() ? criteria.withCodes(columnOf.keySet()) : criteria;
    }

    /** Returns the row each of these articles stands for under the rows' rule, for those that stand for one. */
    public Map<Long, String> rowsOf(Collection<Long> articleIds, RegionRows rows) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        AnalysisSql sql = AnalysisSql.regionsOnly(rows);
        return database.read(connection -> {
            Map<Long, String> found = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql.sql("SELECT article_id, row FROM row_regions"
                    + " WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, row"))) {
                sql.bind(query, AnalysisSql.numbers(Set.copyOf(articleIds)));
                try (ResultSet results = query.executeQuery()) {
                    while (results.next()) {
                        found.putIfAbsent(results.getLong(1), results.getString(2));
                    }
                }
            }
            return found;
        });
    }

    private CrossTab crossTab(AnalysisSql sql) {
        return database.read(connection -> {
            CrossTabCounter counter = new CrossTabCounter();
            try (PreparedStatement query = connection.prepareStatement(sql.sql(
                    "SELECT row, col, article_id, id FROM facts"))) {
                sql.bind(query);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counter.add(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4));
                    }
                }
            }
            return counter.result();
        });
    }

    /** Returns the title, date and source of these articles, by id, as the user corrected them. */
    private static Map<Long, ArticleFacts> articles(Connection connection, Set<Long> ids) throws SQLException {
        Map<Long, ArticleFacts> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, title, date_iso, source FROM articles_read"
                + " WHERE id IN (SELECT value FROM json_each(?))")) {
            query.setString(1, AnalysisSql.numbers(ids));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), new ArticleFacts(Optional.ofNullable(rows.getString(2)),
                            ArticleDate.parseIso(rows.getString(3)), Optional.ofNullable(rows.getString(4))));
                }
            }
        }
        return found;
    }

    private static String sortKey(PassageOrder order) {
        return switch (order) {
            case DATE -> "a.date_key";
            case TITLE -> "a.title";
            case SOURCE -> "a.source";
            case BEFORE -> "n.prefix";
            case QUOTE -> "n.exact";
            case AFTER -> "n.suffix";
            case CODES -> "(SELECT CAST(r.value AS INTEGER) FROM annotation_codes ac JOIN json_each(?) r"
                    + " ON CAST(r.key AS INTEGER) = ac.code_id WHERE ac.annotation_id = p.id AND ac.position = 0)";
            case NOTE -> "n.note";
            case ATTRIBUTES -> "(SELECT group_concat(value, ' ') FROM (SELECT value FROM annotation_attributes"
                    + " WHERE annotation_id = p.id ORDER BY name))";
            case CODER -> "n.coder";
            case MODIFIED -> "n.modified";
        };
    }

    /** What a passage shows of its article. */
    private record ArticleFacts(Optional<String> title, Optional<ArticleDate> date, Optional<String> source) {
    }
}
