package com.flagmark.library;

import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes library files as an older Flagmark left them: the schema of an earlier version, and
 * files and articles in the columns that version had, so tests can open them with this one.
 */
public final class OlderLibraries {

    /** The schema version of a library made before articles recorded their cleaner. */
    public static final int BEFORE_CLEANER_VERSIONS = 3;

    private OlderLibraries() {
    }

    /** Writes a library of schema {@code version} holding these files, each with its articles as given. */
    public static void write(Path file, int version, NewFile... files) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(connection, version);
            for (NewFile newFile : files) {
                insert(connection, newFile);
            }
        }
    }

    /** Writes a file and its articles in the columns every version so far has had. */
    static void insert(Connection connection, NewFile newFile) throws SQLException {
        long fileId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO files (path, sha256, size, format,"
                + " charset, imported_at) VALUES (?, ?, ?, ?, ?, '2022-02-08T01:28:12Z')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, newFile.path());
            insert.setString(2, newFile.sha256());
            insert.setLong(3, newFile.bytes().length);
            insert.setString(4, newFile.format());
            insert.setString(5, newFile.charset());
            fileId = executeForId(insert);
        }
        RawBytes raw = RawBytes.compress(newFile.bytes());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO file_bytes (file_id, compression, bytes) VALUES (?, ?, ?)")) {
            insert.setLong(1, fileId);
            insert.setString(2, raw.compression());
            insert.setBytes(3, raw.stored());
            insert.executeUpdate();
        }
        for (NewArticle article : newFile.articles()) {
            insertArticle(connection, fileId, article);
        }
    }

    private static void insertArticle(Connection connection, long fileId, NewArticle newArticle) throws SQLException {
        Article article = newArticle.article();
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO articles (file_id, story_index,"
                + " story_count, fingerprint, title, kicker, date_iso, date_key, source, url, block_kinds, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, fileId);
            insert.setInt(2, article.story().index());
            insert.setInt(3, article.story().count());
            insert.setString(4, newArticle.fingerprint());
            insert.setString(5, article.title().orElse(null));
            insert.setString(6, article.kicker().orElse(null));
            insert.setString(7, article.date().map(ArticleDate::iso).orElse(null));
            insert.setString(8, article.date().map(ArticleRows::dateKey).orElse(null));
            insert.setString(9, article.source().orElse(null));
            insert.setString(10, article.url().orElse(null));
            insert.setString(11, ArticleRows.kinds(article.blocks()));
            insert.setString(12, article.text());
            id = executeForId(insert);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_authors (article_id, position, name, role) VALUES (?, ?, ?, ?)")) {
            for (int position = 0; position < article.credits().size(); position++) {
                insert.setLong(1, id);
                insert.setInt(2, position);
                insert.setString(3, article.credits().get(position).name());
                insert.setString(4, article.credits().get(position).role().orElse(null));
                insert.executeUpdate();
            }
        }
    }

    private static long executeForId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
