package com.flagmark.library;

import com.flagmark.library.ArticleRewrites.Place;
import com.flagmark.library.ArticleRewrites.Rewrite;
import com.flagmark.library.ArticleRewrites.Version;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.StoryRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SQL of rewriting a file's articles: reads an article's row as a {@link Version} and writes
 * versions back, with their authors and the places of their annotations. Runs inside the
 * caller's transaction.
 */
final class ArticleUpdates {

    private static final String COLUMNS = "story_index = ?, story_count = ?, fingerprint = ?, date_iso = ?,"
            + " date_key = ?, source = ?, url = ?, cleaner = ?";
    /** Written only when they changed, so that the search index takes up only the articles whose text did. */
    private static final String SEARCHED_COLUMNS = ", title = ?, kicker = ?, block_kinds = ?, text = ?";

    private ArticleUpdates() {
    }

    static Optional<String> filePath(Connection connection, long fileId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT path FROM files WHERE id = ?")) {
            query.setLong(1, fileId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static byte[] fileBytes(Connection connection, long fileId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT compression, bytes FROM file_bytes WHERE file_id = ?")) {
            query.setLong(1, fileId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new FlagmarkException("The library is damaged: the stored copy of an imported file is missing.");
                }
                return new RawBytes(rows.getString(1), rows.getBytes(2)).original();
            }
        }
    }

    /** Reads a stored article as it stands, with the places of its annotations. */
    static Version version(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT title, kicker, date_iso, source, url,"
                + " block_kinds, text, story_index, story_count, fingerprint, cleaner FROM articles WHERE id = ?")) {
            query.setLong(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Article article = new Article(optional(rows, 1), optional(rows, 2),
                        optional(rows, 3).flatMap(ArticleDate::parseIso), optional(rows, 4), authors(connection, articleId),
                        optional(rows, 5), ArticleRows.blocks(articleId, rows.getString(7), rows.getString(6)),
                        new StoryRef(rows.getInt(8), rows.getInt(9)));
                int cleaner = rows.getInt(11);
                OptionalInt version = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(cleaner);
                List<Place> places = AnnotationTable.ofArticle(connection, articleId).stream()
                        .map(annotation -> new Place(annotation.id(), annotation.anchor(), annotation.orphaned()))
                        .toList();
                return new Version(articleId, article, rows.getString(10), version, places);
            }
        }
    }

    /** Writes the rewrite; returns the ids of its articles in its order. */
    static List<Long> rewrite(Connection connection, Rewrite rewrite) throws SQLException {
        // Fingerprints are unique: two stories of a file may swap texts, so each is set aside first.
        for (Version version : rewrite.articles()) {
            if (version.id() > 0) {
                try (PreparedStatement aside = connection.prepareStatement(
                        "UPDATE articles SET fingerprint = 'rewriting:' || id WHERE id = ?")) {
                    aside.setLong(1, version.id());
                    aside.executeUpdate();
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        for (Version version : rewrite.articles()) {
            long id = exists(connection, version.id()) ? update(connection, version)
                    : insert(connection, rewrite.fileId(), version);
            writeAuthors(connection, id, version.article());
            for (Place place : version.places()) {
                place(connection, id, place);
            }
            ids.add(id);
        }
        for (long removed : rewrite.removed()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM annotations WHERE article_id = ?)")) {
                delete.setLong(1, removed);
                delete.setLong(2, removed);
                delete.executeUpdate();
            }
        }
        return List.copyOf(ids);
    }

    private static boolean exists(Connection connection, long id) throws SQLException {
        if (id <= 0) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long update(Connection connection, Version version) throws SQLException {
        Article article = version.article();
        boolean searchedChanged = !searched(connection, version.id()).equals(searched(article));
        try (PreparedStatement update = connection.prepareStatement("UPDATE articles SET " + COLUMNS
                + (searchedChanged ? SEARCHED_COLUMNS : "") + " WHERE id = ?")) {
            int next = bind(update, version);
            if (searchedChanged) {
                next = bindSearched(update, next, article);
            }
            update.setLong(next, version.id());
            update.executeUpdate();
        }
        return version.id();
    }

    private static long insert(Connection connection, long fileId, Version version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO articles (id, file_id, story_index,"
                + " story_count, fingerprint, date_iso, date_key, source, url, cleaner, title, kicker, block_kinds, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (version.id() > 0) {
                insert.setLong(1, version.id());
            } else {
                insert.setNull(1, Types.INTEGER);
            }
            insert.setLong(2, fileId);
            bindSearched(insert, bind(insert, 3, version), version.article());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement statement, Version version) throws SQLException {
        return bind(statement, 1, version);
    }

    /** Binds the columns of {@link #COLUMNS} from {@code first} on; returns the next index. */
    private static int bind(PreparedStatement statement, int first, Version version) throws SQLException {
        Article article = version.article();
        statement.setInt(first, article.story().index());
        statement.setInt(first + 1, article.story().count());
        statement.setString(first + 2, version.fingerprint());
        statement.setString(first + 3, article.date().map(ArticleDate::iso).orElse(null));
        statement.setString(first + 4, article.date().map(ArticleRows::dateKey).orElse(null));
        statement.setString(first + 5, article.source().orElse(null));
        statement.setString(first + 6, article.url().orElse(null));
        if (version.cleaner().isPresent()) {
            statement.setInt(first + 7, version.cleaner().getAsInt());
        } else {
            statement.setNull(first + 7, Types.INTEGER);
        }
        return first + 8;
    }

    private static int bindSearched(PreparedStatement statement, int first, Article article) throws SQLException {
        List<String> values = searched(article);
        for (int i = 0; i < values.size(); i++) {
            statement.setString(first + i, values.get(i));
        }
        return first + values.size();
    }

    private static List<String> searched(Article article) {
        return Arrays.asList(article.title().orElse(null), article.kicker().orElse(null),
                ArticleRows.kinds(article.blocks()), article.text());
    }

    private static List<String> searched(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT title, kicker, block_kinds, text FROM articles WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
            }
        }
    }

    private static void writeAuthors(Connection connection, long id, Article article) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article_authors WHERE article_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_authors (article_id, position, name, role) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Author person : article.credits()) {
                insert.setLong(1, id);
                insert.setInt(2, position++);
                insert.setString(3, person.name());
                insert.setString(4, person.role().orElse(null));
                insert.executeUpdate();
            }
        }
    }

    /** Moves an annotation of the article; one deleted since, or of another article, is left alone. */
    private static void place(Connection connection, long articleId, Place place) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE annotations SET start_offset = ?,"
                + " end_offset = ?, exact = ?, prefix = ?, suffix = ?, orphaned = ? WHERE id = ? AND article_id = ?")) {
            update.setInt(1, place.anchor().start());
            update.setInt(2, place.anchor().end());
            update.setString(3, place.anchor().exact());
            update.setString(4, place.anchor().prefix());
            update.setString(5, place.anchor().suffix());
            update.setInt(6, place.orphaned() ? 1 : 0);
            update.setLong(7, place.annotationId());
            update.setLong(8, articleId);
            update.executeUpdate();
        }
    }

    private static List<Author> authors(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, role FROM article_authors WHERE article_id = ? ORDER BY position")) {
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

    private static Optional<String> optional(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(rows.getString(column));
    }
}
