package com.flagmark.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Full-text search over titles, kickers and bodies. Finds single Han characters (旗), words
 * (约谈) and phrases, Latin words and numbers (5G, OLED) regardless of case and width; see
 * docs/decisions/0003-search-tokenizer.md.
 */
public final class SearchIndex {

    /**
     * How many matches, newest first, are ranked at most. Ranking costs about a microsecond a
     * match, so a character found in every article of a large library (的, 年) would take
     * over 100 ms to rank in full; a term with fewer matches than this is ranked exactly.
     */
    static final int RANKED_MATCHES = 5_000;

    private static final String SEARCH = "SELECT best.id, a.title, a.kicker, a.text FROM ("
            + " SELECT id, rank FROM ("
            + "  SELECT rowid AS id, rank FROM article_search WHERE article_search MATCH ?"
            + "  ORDER BY rowid DESC LIMIT " + RANKED_MATCHES
            + " ) ORDER BY rank, id DESC LIMIT ?"
            + ") best JOIN articles a ON a.id = best.id"
            + " ORDER BY best.rank, best.id DESC";

    private final Database database;

    SearchIndex(Database database) {
        this.database = database;
    }

    /**
     * Returns up to {@code limit} articles matching the user's text, best first: every
     * space-separated term must occur as a phrase, and a hit in the title counts more than one
     * in the body. Where more than {@value #RANKED_MATCHES} articles match, the newest of them
     * are ranked. The text is never a syntax error: quotes, stars, brackets, AND, OR, NEAR
     * and punctuation are searched for as text, and a text with nothing searchable in it finds
     * nothing.
     */
    public List<SearchHit> search(String query, int limit) {
        return search(query, ArticleFilter.ALL, limit);
    }

    /**
     * Returns up to {@code limit} articles that match the user's text, as
     * {@link #search(String, int)} does, among those the filter lets through. The filter
     * applies before the newest {@value #RANKED_MATCHES} matches are taken for ranking.
     */
    public List<SearchHit> search(String query, ArticleFilter filter, int limit) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        if (limit < 1) {
            throw new IllegalArgumentException("A search needs a limit of at least 1, not " + limit);
        }
        SearchQuery parsed = SearchQuery.parse(query);
        if (parsed.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> hits(connection, parsed, filter, limit));
    }

    /**
     * Returns the ids of every article matching the user's text, unranked and without snippets,
     * in id order: the scope of an export by query, which must not stop at the ranked few.
     */
    public List<Long> matchingIds(String query) {
        SearchQuery parsed = SearchQuery.parse(Objects.requireNonNull(query, "query"));
        if (parsed.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid")) {
                statement.setString(1, parsed.toMatchExpression());
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return List.copyOf(ids);
            }
        });
    }

    private static List<SearchHit> hits(Connection connection, SearchQuery query, ArticleFilter filter, int limit)
            throws SQLException {
        ArticleFilterSql where = ArticleFilterSql.of(filter);
        String sql = filter.isAll() ? SEARCH : filteredSearch(where.condition());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, query.toMatchExpression());
            int next = where.bind(statement, 2);
            statement.setInt(next, limit);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Optional<String> title = Optional.ofNullable(rows.getString(2));
                    Optional<String> kicker = Optional.ofNullable(rows.getString(3));
                    String text = rows.getString(4);
                    hits.add(new SearchHit(rows.getLong(1), title, snippet(query, text, title, kicker)));
                }
            }
            return List.copyOf(hits);
        }
    }

    /** The search, with the articles' filter applied before matches are taken for ranking. */
    private static String filteredSearch(String condition) {
        return "SELECT best.id, a.title, a.kicker, a.text FROM ("
                + " SELECT id, rank FROM ("
                + "  SELECT s.rowid AS id, s.rank AS rank FROM article_search s JOIN articles a ON a.id = s.rowid"
                + "  WHERE s.article_search MATCH ? AND " + condition
                + "  ORDER BY s.rowid DESC LIMIT " + RANKED_MATCHES
                + " ) ORDER BY rank, id DESC LIMIT ?"
                + ") best JOIN articles a ON a.id = best.id"
                + " ORDER BY best.rank, best.id DESC";
    }

    /** Shows the hit in the body where there is one, else in the title or kicker. */
    private static Snippet snippet(SearchQuery query, String text, Optional<String> title,
            Optional<String> kicker) {
        return Snippets.around(text, query)
                .or(() -> title.flatMap(value -> Snippets.around(value, query)))
                .or(() -> kicker.flatMap(value -> Snippets.around(value, query)))
                .orElseGet(() -> Snippets.opening(text));
    }
}
