package com.flagmark.library;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.StoryRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the articles stored in the library, all of them or those a filter lets through, as a
 * user reads them: the metadata a user corrected stands over what the cleaner read
 * ({@link ArticleCorrections}).
 */
public final class ArticleRepository {

    /**
     * Ids bound in one query: well under SQLite's limit on a statement's parameters (32,766 by
     * default, 250,000 in the driver's build), so that any selection can be summarised.
     */
    private static final int IDS_PER_QUERY = 10_000;

    private static final String SUMMARY_COLUMNS = "a.id, a.title, a.date_iso, a.source, a.url, f.path,"
            + " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id)";

    private final Database database;

    ArticleRepository(Database database) {
        this.database = database;
    }

    /** Returns every article's metadata, in the order they were stored (by id). */
    public List<ArticleSummary> list() {
        return list(ArticleFilter.ALL);
    }

    /**
     * Returns the metadata of the articles the filter lets through, in the order they were
     * stored (by id), each with its number of annotations.
     */
    public List<ArticleSummary> list(ArticleFilter filter) {
        ArticleFilterSql where = ArticleFilterSql.of(Objects.requireNonNull(filter, "filter"));
        return database.read(connection -> {
            Map<Long, List<Author>> authors = corrected(allAuthors(connection),
                    ArticleCorrections.authors(connection, Optional.empty()));
            List<ArticleSummary> summaries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM articles_read a JOIN files f ON f.id = a.file_id WHERE "
                    + where.condition() + " ORDER BY a.id")) {
                where.bind(query, 1);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(summary(rows, authors));
                    }
                }
            }
            return List.copyOf(summaries);
        });
    }

    /**
     * Returns the ids of the articles the filter lets through, in this order: what a list of
     * the whole library holds, without reading any article's metadata.
     */
    public long[] ids(ArticleFilter filter, ArticleOrder order) {
        ArticleFilterSql where = ArticleFilterSql.of(Objects.requireNonNull(filter, "filter"));
        String rest = " a WHERE " + where.condition() + " ORDER BY " + ArticleOrderSql.of(order);
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT a.id FROM article_keys" + rest)) {
                where.bind(query, 1);
                LongList ids = new LongList();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids.toArray();
            }
        });
    }

    /**
     * Returns the metadata of these articles, such as a search's hits, in the order of the ids;
     * an id that is not in the library is left out.
     */
    public List<ArticleSummary> summaries(List<Long> ids) {
        List<ArticleSummary> summaries = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            summaries.addAll(summariesOf(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
        }
        return summaries;
    }

    private List<ArticleSummary> summariesOf(List<Long> ids) {
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return database.read(connection -> {
            Map<Long, List<Author>> authors = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT article_id, name, role"
                    + " FROM article_authors WHERE article_id IN (" + marks + ") ORDER BY article_id, position")) {
                bindIds(query, ids);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        authors.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                                .add(new Author(rows.getString(2), optional(rows, 3)));
                    }
                }
            }
            authors = corrected(authors, ArticleCorrections.authors(connection, Optional.empty()));
            Map<Long, ArticleSummary> byId = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM articles_read a JOIN files f ON f.id = a.file_id WHERE a.id IN (" + marks + ")")) {
                bindIds(query, ids);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ArticleSummary summary = summary(rows, authors);
                        byId.put(summary.id(), summary);
                    }
                }
            }
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        });
    }

    private static ArticleSummary summary(ResultSet rows, Map<Long, List<Author>> authors) throws SQLException {
        long id = rows.getLong(1);
        return new ArticleSummary(id, optional(rows, 2), optional(rows, 3).flatMap(ArticleDate::parseIso),
                optional(rows, 4), authors.getOrDefault(id, List.of()), optional(rows, 5), rows.getString(6),
                rows.getInt(7));
    }

    private static void bindIds(PreparedStatement query, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            query.setLong(i + 1, ids.get(i));
        }
    }

    /** Returns the distinct sources of the articles, such as 大众日报, in text order. */
    public List<String> sources() {
        return database.read(connection -> {
            List<String> sources = new ArrayList<>();
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT DISTINCT source FROM article_keys"
                            + " WHERE source IS NOT NULL ORDER BY source")) {
                while (rows.next()) {
                    sources.add(rows.getString(1));
                }
            }
            return List.copyOf(sources);
        });
    }

    /** Returns the stored article with this id, rebuilt exactly as it was stored. */
    public Optional<StoredArticle> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT a.title, a.kicker,"
                    + " a.date_iso, a.source, a.url, a.block_kinds, a.text, a.story_index,"
                    + " a.story_count, f.path FROM articles_read a JOIN files f ON f.id = a.file_id"
                    + " WHERE a.id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Article article = new Article(optional(rows, 1), optional(rows, 2),
                            optional(rows, 3).flatMap(ArticleDate::parseIso), optional(rows, 4),
                            ArticleCorrections.credits(authorsOf(connection, id), Optional.ofNullable(
                                    ArticleCorrections.authors(connection, Optional.of(id)).get(id))),
                            optional(rows, 5),
                            ArticleRows.blocks(id, rows.getString(7), rows.getString(6)),
                            new StoryRef(rows.getInt(8), rows.getInt(9)));
                    return Optional.of(new StoredArticle(id, rows.getString(10), article));
                }
            }
        });
    }

    /** Returns how many articles the library holds. */
    public int count() {
        return database.read(connection -> {
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT count(*) FROM articles")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /**
     * Returns the bytes of the file the article was imported from, exactly as they were
     * imported, so that the article can be read again with a better cleaner.
     */
    public Optional<byte[]> originalBytes(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT b.compression,"
                    + " b.bytes FROM articles a JOIN file_bytes b ON b.file_id = a.file_id"
                    + " WHERE a.id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new RawBytes(rows.getString(1), rows.getBytes(2)).original());
                }
            }
        });
    }

    private static List<Author> authorsOf(Connection connection, long articleId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT name, role"
                + " FROM article_authors WHERE article_id = ? ORDER BY position")) {
            query.setLong(1, articleId);
            List<Author> authors = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    authors.add(new Author(rows.getString(1), optional(rows, 2)));
                }
            }
            return authors;
        }
    }

    private static Map<Long, List<Author>> allAuthors(Connection connection) throws SQLException {
        Map<Long, List<Author>> authors = new HashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT article_id, name, role"
                        + " FROM article_authors ORDER BY article_id, position")) {
            while (rows.next()) {
                authors.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(new Author(rows.getString(2), optional(rows, 3)));
            }
        }
        return authors;
    }

    private static Map<Long, List<Author>> corrected(Map<Long, List<Author>> cleaned,
            Map<Long, Optional<String>> corrections) {
        Map<Long, List<Author>> authors = new HashMap<>(cleaned);
        corrections.forEach((id, names) -> authors.put(id,
                ArticleCorrections.credits(cleaned.getOrDefault(id, List.of()), Optional.of(names))));
        return authors;
    }

    private static Optional<String> optional(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(rows.getString(column));
    }
}
