package com.flagmark.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code article_regions}: each article's regions at each level, rolled up from its
 * region annotations, with the article's main region per level (migration V11). Triggers mark the
 * articles whose region annotations may have changed; {@link #catchUp} computes their rows again,
 * so a count reads one indexed table instead of every region annotation.
 */
final class ArticleRegions {

    /** How many marked articles one transaction brings up to date, so the writer is never held long. */
    private static final int BATCH = 5_000;

    private final Database database;

    ArticleRegions(Database database) {
        this.database = database;
    }

    /**
     * Computes the rows of every marked article again. A library open for reading only is left as
     * it is: it counts with the rows its writer last brought up to date.
     *
     * @return how many articles were brought up to date
     */
    int catchUp(RegionRollUp rollUp) {
        if (database.readOnly() || !anyMarked()) {
            return 0;
        }
        int done = 0;
        while (true) {
            int batch = database.write(connection -> refreshBatch(connection, rollUp));
            done += batch;
            if (batch < BATCH) {
                return done;
            }
        }
    }

    /** Tells, in a read that takes no turn at writing, whether any article waits to be brought up to date. */
    private boolean anyMarked() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM article_regions_stale)")) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }

    private static int refreshBatch(Connection connection, RegionRollUp rollUp) throws SQLException {
        List<Long> articles = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT article_id FROM article_regions_stale"
                        + " ORDER BY article_id LIMIT " + BATCH)) {
            while (rows.next()) {
                articles.add(rows.getLong(1));
            }
        }
        if (articles.isEmpty()) {
            return 0;
        }
        String ids = AnalysisSql.numbers(articles);
        Map<Long, ArticleTally> tallies = tally(connection, ids, rollUp);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM article_regions WHERE article_id IN (SELECT value FROM json_each(?))")) {
            delete.setString(1, ids);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_regions"
                + " (article_id, level, code, mentions, first_offset, main) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, ArticleTally> article : tallies.entrySet()) {
                article.getValue().write(article.getKey(), insert);
            }
            insert.executeBatch();
        }
        try (PreparedStatement unmark = connection.prepareStatement(
                "DELETE FROM article_regions_stale WHERE article_id IN (SELECT value FROM json_each(?))")) {
            unmark.setString(1, ids);
            unmark.executeUpdate();
        }
        return articles.size();
    }

    /** Reads the region annotations of these articles, in order, and counts them per level and division. */
    private static Map<Long, ArticleTally> tally(Connection connection, String ids, RegionRollUp rollUp)
            throws SQLException {
        Map<Long, ArticleTally> tallies = new HashMap<>();
        if (rollUp.regionCodeIds().isEmpty()) {
            return tallies;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT n.article_id, n.start_offset, aa.value"
                + " FROM annotations n INDEXED BY annotations_by_article"
                + " JOIN annotation_attributes aa ON aa.annotation_id = n.id AND aa.name = '"
                + RegionRows.GAZETTEER_ATTRIBUTE + "'"
                + " WHERE n.article_id IN (SELECT value FROM json_each(?))"
                + " AND EXISTS (SELECT 1 FROM annotation_codes c WHERE c.annotation_id = n.id"
                + " AND c.code_id IN (SELECT value FROM json_each(?)))"
                + " ORDER BY n.article_id, n.start_offset, n.id")) {
            query.setString(1, ids);
            query.setString(2, AnalysisSql.numbers(rollUp.regionCodeIds()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, String> levels = rollUp.levels(rows.getString(3));
                    if (!levels.isEmpty()) {
                        tallies.computeIfAbsent(rows.getLong(1), id -> new ArticleTally()).add(levels, rows.getInt(2));
                    }
                }
            }
        }
        return tallies;
    }

    /** One article's mentions per level and division, in order of first appearance. */
    private static final class ArticleTally {

        private final Map<String, Map<String, int[]>> byLevel = new LinkedHashMap<>();

        void add(Map<String, String> levels, int start) {
            levels.forEach((level, code) -> {
                int[] counted = byLevel.computeIfAbsent(level, key -> new LinkedHashMap<>())
                        .computeIfAbsent(code, key -> new int[] {0, start});
                counted[0]++;
            });
        }

        void write(long articleId, PreparedStatement insert) throws SQLException {
            for (Map.Entry<String, Map<String, int[]>> level : byLevel.entrySet()) {
                String main = null;
                int most = 0;
                // Divisions come in order of first appearance, so the first with the most mentions wins a tie.
                for (Map.Entry<String, int[]> division : level.getValue().entrySet()) {
                    if (division.getValue()[0] > most) {
                        most = division.getValue()[0];
                        main = division.getKey();
                    }
                }
                for (Map.Entry<String, int[]> division : level.getValue().entrySet()) {
                    insert.setLong(1, articleId);
                    insert.setString(2, level.getKey());
                    insert.setString(3, division.getKey());
                    insert.setInt(4, division.getValue()[0]);
                    insert.setInt(5, division.getValue()[1]);
                    insert.setInt(6, division.getKey().equals(main) ? 1 : 0);
                    insert.addBatch();
                }
            }
        }
    }
}
