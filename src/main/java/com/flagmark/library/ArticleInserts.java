package com.flagmark.library;

import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * The prepared statements that write imported files and articles, made once per batch and
 * reused for every row of it. Runs inside the caller's transaction.
 */
final class ArticleInserts implements AutoCloseable {

    private final PreparedStatement file;
    private final PreparedStatement fileBytes;
    private final PreparedStatement article;
    private final PreparedStatement author;

    ArticleInserts(Connection connection) throws SQLException {
        file = connection.prepareStatement("INSERT INTO files"
                + " (path, sha256, size, format, charset, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        fileBytes = connection.prepareStatement(
                "INSERT INTO file_bytes (file_id, compression, bytes) VALUES (?, ?, ?)");
        article = connection.prepareStatement("INSERT INTO articles"
                + " (file_id, story_index, story_count, fingerprint, title, kicker, date_iso,"
                + " date_key, source, url, block_kinds, text, cleaner)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        author = connection.prepareStatement("INSERT INTO article_authors"
                + " (article_id, position, name, role) VALUES (?, ?, ?, ?)");
    }

    /** Writes a file row and its bytes; returns the file's id. */
    long insertFile(NewFile newFile, RawBytes raw, String importedAt) throws SQLException {
        file.setString(1, newFile.path());
        file.setString(2, newFile.sha256());
        file.setLong(3, newFile.bytes().length);
        setOptional(file, 4, Optional.ofNullable(newFile.format()));
        setOptional(file, 5, Optional.ofNullable(newFile.charset()));
        file.setString(6, importedAt);
        long fileId = insertReturningId(file);
        fileBytes.setLong(1, fileId);
        fileBytes.setString(2, raw.compression());
        fileBytes.setBytes(3, raw.stored());
        fileBytes.executeUpdate();
        return fileId;
    }

    /**
     * Writes an article and its authors; returns the article's id. The file's search log
     * records the new article for the search index in the same transaction.
     */
    long insertArticle(long fileId, String format, NewArticle newArticle) throws SQLException {
        Article value = newArticle.article();
        article.setLong(1, fileId);
        article.setInt(2, value.story().index());
        article.setInt(3, value.story().count());
        article.setString(4, newArticle.fingerprint());
        setOptional(article, 5, value.title());
        setOptional(article, 6, value.kicker());
        setOptional(article, 7, value.date().map(ArticleDate::iso));
        setOptional(article, 8, value.date().map(ArticleRows::dateKey));
        setOptional(article, 9, value.source());
        setOptional(article, 10, value.url());
        article.setString(11, ArticleRows.kinds(value.blocks()));
        article.setString(12, value.text());
        if (Ingester.cleans(format)) {
            article.setInt(13, Ingester.CLEANER_VERSION);
        } else {
            article.setNull(13, Types.INTEGER);
        }
        long articleId = insertReturningId(article);
        insertAuthors(articleId, value);
        return articleId;
    }

    private void insertAuthors(long articleId, Article value) throws SQLException {
        int position = 0;
        for (Author person : value.credits()) {
            author.setLong(1, articleId);
            author.setInt(2, position++);
            author.setString(3, person.name());
            setOptional(author, 4, person.role());
            author.executeUpdate();
        }
    }

    private static long insertReturningId(PreparedStatement statement) throws SQLException {
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("SQLite gave no id for the new row");
            }
            return keys.getLong(1);
        }
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : List.of(file, fileBytes, article, author)) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
