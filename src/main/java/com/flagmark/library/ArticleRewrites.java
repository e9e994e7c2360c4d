package com.flagmark.library;

import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Reading imported files again: which files hold articles the cleaner made, and which of them
 * an older cleaner made; a file's stored bytes with its articles and their annotations; and
 * writing a file's articles anew, with the places of their annotations, in one transaction.
 */
public final class ArticleRewrites {

    /** A stored file with what the library holds of it, as the cleaner would read it again. */
    public record StoredFile(long id, String path, byte[] bytes, List<Story> stories) {

        public StoredFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(bytes, "bytes");
            stories = List.copyOf(stories);
        }
    }

    /**
     * One of a file's stored articles, with the cleaner version that made it and the places of
     * its annotations.
     */
    public record Story(Version version, List<Annotation> annotations) {

        public Story {
            Objects.requireNonNull(version, "version");
            annotations = List.copyOf(annotations);
        }
    }

    /**
     * An article as a rewrite leaves it: its id (0 for a new one), its value, fingerprint and
     * cleaner version, and where each of its annotations then stands.
     */
    public record Version(long id, Article article, String fingerprint, OptionalInt cleaner, List<Place> places) {

        public Version {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(cleaner, "cleaner");
            places = List.copyOf(places);
        }
    }

    /** Where an annotation stands in its article's text, and whether the text no longer holds it. */
    public record Place(long annotationId, Anchor anchor, boolean orphaned) {

        public Place {
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /**
     * What to write of one file: its articles as they should stand (stored ones updated, new ones
     * added), and articles to take away, such as those an undone re-cleaning had added.
     */
    public record Rewrite(long fileId, List<Version> articles, List<Long> removed) {

        public Rewrite {
            articles = List.copyOf(articles);
            removed = List.copyOf(removed);
        }
    }

    private final Database database;
    private final Runnable afterCommit;

    ArticleRewrites(Database database, Runnable afterCommit) {
        this.database = database;
        this.afterCommit = afterCommit;
    }

    /**
     * Returns the files the articles with these ids came from, each once and in import order,
     * leaving out files whose articles the cleaner did not make.
     *
     * @throws FlagmarkException if an id names no article in the library
     */
    public List<Long> filesOf(Collection<Long> articleIds) {
        return database.read(connection -> {
            for (long id : articleIds) {
                if (ids(connection, "SELECT id FROM articles WHERE id = " + id).isEmpty()) {
                    throw new FlagmarkException("There is no article " + id + " in the library.");
                }
            }
            String list = articleIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
            return ids(connection, "SELECT DISTINCT file_id FROM articles WHERE cleaner IS NOT NULL AND id IN ("
                    + list + ") ORDER BY file_id");
        });
    }

    /** Returns every file whose articles the cleaner made, in import order. */
    public List<Long> cleanedFiles() {
        return database.read(connection -> ids(connection,
                "SELECT DISTINCT file_id FROM articles WHERE cleaner IS NOT NULL ORDER BY file_id"));
    }

    /** Returns the files with an article made by a cleaner older than {@code version}, in import order. */
    public List<Long> filesCleanedBefore(int version) {
        return database.read(connection -> ids(connection,
                "SELECT DISTINCT file_id FROM articles WHERE cleaner < " + version + " ORDER BY file_id"));
    }

    /** Returns how many articles a cleaner older than {@code version} made. */
    public int articlesCleanedBefore(int version) {
        return database.read(connection -> ids(connection, "SELECT id FROM articles WHERE cleaner < " + version).size());
    }

    /** Returns a stored file with its bytes as imported and its articles as stored, if there is one with this id. */
    public Optional<StoredFile> file(long fileId) {
        return database.read(connection -> {
            Optional<String> path = ArticleUpdates.filePath(connection, fileId);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = ArticleUpdates.fileBytes(connection, fileId);
            List<Story> stories = new ArrayList<>();
            for (long articleId : ids(connection, "SELECT id FROM articles WHERE file_id = " + fileId
                    + " ORDER BY story_index, id")) {
                stories.add(new Story(ArticleUpdates.version(connection, articleId),
                        AnnotationTable.ofArticle(connection, articleId)));
            }
            return Optional.of(new StoredFile(fileId, path.get(), bytes, stories));
        });
    }

    /**
     * Writes a file's articles as the rewrite says, in one transaction: each stored article's
     * row, authors and the places of its annotations; new articles added (under the id given,
     * when it is not 0); articles to remove deleted unless they have annotations. The search
     * index follows the changed texts. Returns the ids of the rewrite's articles, in its order.
     *
     * @throws FlagmarkException having written nothing, if an article's new text is already
     *         the text of another article of the library
     */
    public List<Long> rewrite(Rewrite rewrite) {
        Objects.requireNonNull(rewrite, "rewrite");
        List<Long> ids = database.write(connection -> ArticleUpdates.rewrite(connection, rewrite),
                ArticleRewrites::refused);
        afterCommit.run();
        return ids;
    }

    private static FlagmarkException refused(SQLException failure) {
        if (String.valueOf(failure.getMessage()).contains("articles.fingerprint")) {
            return new FlagmarkException("Its new text is the text of another article in the library.", failure);
        }
        return new FlagmarkException("The library refused the new text.", failure);
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
