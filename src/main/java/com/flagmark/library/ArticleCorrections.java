package com.flagmark.library;

import com.flagmark.model.Author;
import com.flagmark.model.Correction;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.MetadataField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The metadata users corrected by hand ({@code article_corrections}, one row an article and a
 * value and origin per field), kept apart from the
 * cleaned values so that cleaning an article again cannot erase them. Every read of an article
 * through {@link ArticleRepository} and the search sees them laid over the cleaned values; see
 * docs/decisions/0024-metadata-corrections-and-import-time-source-and-date.md.
 */
public final class ArticleCorrections {

    private final Database database;
    private final Clock clock;

    ArticleCorrections(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Returns the corrections each of these articles carries, by field; a field missing from an
     * article's map shows the cleaned value.
     */
    public Map<Long, Map<MetadataField, Correction>> of(Collection<Long> articleIds) {
        return database.read(connection -> {
            Map<Long, Map<MetadataField, Correction>> corrections = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM article_corrections WHERE article_id = ?")) {
                for (long id : articleIds) {
                    Map<MetadataField, Correction> fields = new EnumMap<>(MetadataField.class);
                    query.setLong(1, id);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            for (MetadataField field : MetadataField.values()) {
                                correction(rows, field).ifPresent(correction -> fields.put(field, correction));
                            }
                        }
                    }
                    corrections.put(id, fields);
                }
            }
            return corrections;
        });
    }

    /** Returns the correction of this field a row of {@code article_corrections} holds, if the field is corrected. */
    private static Optional<Correction> correction(ResultSet row, MetadataField field) throws SQLException {
        String origin = row.getString(field.id() + "_origin");
        if (origin == null) {
            return Optional.empty();
        }
        return Optional.of(new Correction(field, Optional.ofNullable(row.getString(field.id())),
                Correction.Origin.fromId(origin)));
    }

    /**
     * Sets each article's corrections of {@code fields} to those {@code state} gives it, in one
     * transaction: a field the article's map holds is corrected to that value, a field it lacks
     * goes back to the cleaned value. Returns nothing half done: every article or none.
     *
     * @throws FlagmarkException if one of the articles is not in the library
     */
    public void replace(Map<Long, Map<MetadataField, Correction>> state, Set<MetadataField> fields) {
        Objects.requireNonNull(state, "state");
        String now = clock.instant().toString();
        database.write(connection -> {
            for (Map.Entry<Long, Map<MetadataField, Correction>> article : state.entrySet()) {
                requireArticle(connection, article.getKey());
                for (MetadataField field : fields) {
                    Correction correction = article.getValue().get(field);
                    if (correction == null) {
                        delete(connection, article.getKey(), field);
                    } else {
                        upsert(connection, article.getKey(), correction, now);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Lays corrected authors over the credits the cleaner read: the corrected names stand for
     * the reporters and authors, the editors and photographers credited beside them stay.
     */
    static List<Author> credits(List<Author> cleaned, Optional<Optional<String>> corrected) {
        if (corrected.isEmpty()) {
            return cleaned;
        }
        Stream<Author> names = corrected.get().stream().flatMap(text -> Stream.of(text.split("\n")))
                .map(name -> new Author(name, Optional.empty()));
        Stream<Author> others = cleaned.stream().filter(author -> !author.creditRole().isAuthor());
        return Stream.concat(names, others).toList();
    }

    /** Returns the corrected authors of every article that has them, or of the one given. */
    static Map<Long, Optional<String>> authors(Connection connection, Optional<Long> articleId) throws SQLException {
        Map<Long, Optional<String>> authors = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT article_id, authors"
                + " FROM article_corrections WHERE authors_origin IS NOT NULL"
                + (articleId.isPresent() ? " AND article_id = ?" : ""))) {
            if (articleId.isPresent()) {
                query.setLong(1, articleId.get());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    authors.put(rows.getLong(1), Optional.ofNullable(rows.getString(2)));
                }
            }
        }
        return authors;
    }

    private static void requireArticle(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new FlagmarkException("There is no article " + id + " in the library.");
                }
            }
        }
    }

    /** Stores a correction of an article, replacing any earlier one of the same field. */
    static void upsert(Connection connection, long id, Correction correction, String now) throws SQLException {
        String value = correction.field().id();
        String origin = value + "_origin";
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO article_corrections"
                + " (article_id, " + value + ", " + origin + ", corrected_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET " + value + " = excluded." + value + ", "
                + origin + " = excluded." + origin + ", corrected_at = excluded.corrected_at")) {
            statement.setLong(1, id);
            statement.setString(2, correction.value().orElse(null));
            statement.setString(3, correction.origin().id());
            statement.setString(4, now);
            statement.executeUpdate();
        }
    }

    /** Takes back the correction of one field; the article's row goes when none of its fields is corrected. */
    private static void delete(Connection connection, long id, MetadataField field) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE article_corrections SET "
                + field.id() + " = NULL, " + field.id() + "_origin = NULL WHERE article_id = ? AND "
                + field.id() + "_origin IS NOT NULL")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
        String corrected = Arrays.stream(MetadataField.values()).map(each -> each.id() + "_origin IS NULL")
                .collect(Collectors.joining(" AND "));
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM article_corrections WHERE article_id = ? AND " + corrected)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
