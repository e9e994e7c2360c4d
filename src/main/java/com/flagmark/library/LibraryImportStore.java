package com.flagmark.library;

import com.flagmark.ingest.ImportStore;
import com.flagmark.model.Correction;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The library's side of an import: what is already stored, and storing a batch of files. */
final class LibraryImportStore implements ImportStore {

    private final Database database;
    private final Runnable afterCommit;

    /** Creates the store; {@code afterCommit} runs after each batch is committed, to have it indexed. */
    LibraryImportStore(Database database, Runnable afterCommit) {
        this.database = database;
        this.afterCommit = afterCommit;
    }

    @Override
    public Optional<List<Long>> articlesFromFile(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        return database.read(connection -> {
            Optional<Long> fileId = singleId(connection,
                    "SELECT id FROM files WHERE sha256 = ?", sha256);
            if (fileId.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(articleIdsOfFile(connection, fileId.get()));
        });
    }

    @Override
    public Optional<Long> articleWithFingerprint(String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        return database.read(connection -> singleId(connection,
                "SELECT id FROM articles WHERE fingerprint = ?", fingerprint));
    }

    /**
     * {@inheritDoc} A file with no articles (all its stories were already stored) is still
     * recorded with its bytes, so that importing the same bytes again is recognised. Fails
     * with {@link AlreadyStored}, having stored nothing, if a file's bytes or an article's
     * fingerprint are already in the library or twice in the batch.
     */
    @Override
    public List<List<Long>> store(List<NewFile> files) {
        Objects.requireNonNull(files, "files");
        files.forEach(LibraryImportStore::checkComplete);
        if (files.isEmpty()) {
            return List.of();
        }
        // Compressing is the slow part: it runs on a thread of its own while this one writes.
        List<CompletableFuture<RawBytes>> raws = files.stream().map(file -> RawBytes.compressElsewhere(file.bytes()))
                .toList();
        String importedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<List<Long>> stored = database.write(connection -> {
            try (ArticleInserts inserts = new ArticleInserts(connection)) {
                List<List<Long>> ids = new ArrayList<>(files.size());
                for (int i = 0; i < files.size(); i++) {
                    ids.add(storeFile(connection, inserts, files.get(i), raws.get(i).join(), importedAt));
                }
                return List.copyOf(ids);
            }
        }, LibraryImportStore::refused);
        afterCommit.run();
        return stored;
    }

    private static List<Long> storeFile(Connection connection, ArticleInserts inserts, NewFile file, RawBytes raw,
            String importedAt)
            throws SQLException {
        long fileId = inserts.insertFile(file, raw, importedAt);
        List<Long> ids = new ArrayList<>(file.articles().size());
        for (NewArticle article : file.articles()) {
            long id = inserts.insertArticle(fileId, file.format(), article);
            for (Correction stated : article.stated()) {
                ArticleCorrections.upsert(connection, id, stated, importedAt);
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static void checkComplete(NewFile file) {
        Objects.requireNonNull(file, "file");
        if (file.sha256() == null || file.sha256().isBlank()) {
            throw new IllegalArgumentException("A file to store needs its SHA-256: " + file.path());
        }
        for (NewArticle article : file.articles()) {
            Objects.requireNonNull(article.article(), "article");
            if (article.fingerprint() == null || article.fingerprint().isBlank()) {
                throw new IllegalArgumentException("An article to store needs a fingerprint: "
                        + file.path());
            }
        }
    }

    private static FlagmarkException refused(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("articles.fingerprint")) {
            return new AlreadyStored("Nothing from this import was stored: an article was already in the library"
                    + " or twice in this import.", failure);
        }
        if (message.contains("files.sha256")) {
            return new AlreadyStored("Nothing from this import was stored: a file with the same content was already"
                    + " in the library or twice in this import.", failure);
        }
        return new FlagmarkException("Nothing from this import was stored: the library refused them.", failure);
    }

    private static List<Long> articleIdsOfFile(Connection connection, long fileId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM articles WHERE file_id = ? ORDER BY id")) {
            query.setLong(1, fileId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return List.copyOf(ids);
        }
    }

    private static Optional<Long> singleId(Connection connection, String sql, String key)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }
}
