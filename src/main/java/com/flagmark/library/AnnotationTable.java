package com.flagmark.library;

import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQL of annotations: reads them with their codes and attribute values, and writes one at
 * a time. Runs inside the caller's transaction; checks of meaning (the article, the codes) are
 * the caller's.
 */
final class AnnotationTable {

    private static final String COLUMNS = "id, article_id, start_offset, end_offset, exact, prefix, suffix,"
            + " note, coder, created, modified, orphaned";
    private static final String IN_ARTICLE_ORDER = "start_offset, end_offset, id";
    private static final String IN_LIBRARY_ORDER = "article_id, " + IN_ARTICLE_ORDER;

    private AnnotationTable() {
    }

    /** Returns the annotations of one article, by start, then end, then id. */
    static List<Annotation> ofArticle(Connection connection, long articleId) throws SQLException {
        return select(connection, "article_id = " + articleId, IN_ARTICLE_ORDER);
    }

    /** Returns every annotation of the library, by article, then start, end and id. */
    static List<Annotation> all(Connection connection) throws SQLException {
        return select(connection, "1", IN_LIBRARY_ORDER);
    }

    static Optional<Annotation> find(Connection connection, long id) throws SQLException {
        return select(connection, "id = " + id, IN_LIBRARY_ORDER).stream().findFirst();
    }

    /** Returns the annotations with these ids, by article, then start, end and id. */
    static List<Annotation> withIds(Connection connection, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(connection, "id IN (" + idList(ids) + ")", IN_LIBRARY_ORDER);
    }

    /** Returns the annotations that carry at least one of the codes. */
    static List<Annotation> carrying(Connection connection, Collection<Long> codeIds) throws SQLException {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        return select(connection, "id IN (SELECT annotation_id FROM annotation_codes WHERE code_id IN ("
                + idList(codeIds) + "))", IN_LIBRARY_ORDER);
    }

    /**
     * Writes a new annotation with its codes and attribute values and returns its id: the
     * annotation's own id when {@code keepId} (a deleted annotation put back), else a new one.
     */
    static long insert(Connection connection, Annotation annotation, boolean keepId) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO annotations (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (keepId) {
                insert.setLong(1, annotation.id());
            } else {
                insert.setNull(1, Types.INTEGER);
            }
            insert.setLong(2, annotation.articleId());
            setColumns(insert, annotation, 3);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("SQLite gave no id for the new row");
                }
                id = keys.getLong(1);
            }
        }
        writeDetails(connection, id, annotation);
        return id;
    }

    /** Overwrites every column of a stored annotation but its article, its codes and values. */
    static void overwrite(Connection connection, Annotation annotation) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE annotations SET start_offset = ?,"
                + " end_offset = ?, exact = ?, prefix = ?, suffix = ?, note = ?, coder = ?, created = ?,"
                + " modified = ?, orphaned = ? WHERE id = ?")) {
            setColumns(update, annotation, 1);
            update.setLong(11, annotation.id());
            update.executeUpdate();
        }
        for (String table : List.of("annotation_codes", "annotation_attributes")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE annotation_id = ?")) {
                delete.setLong(1, annotation.id());
                delete.executeUpdate();
            }
        }
        writeDetails(connection, annotation.id(), annotation);
    }

    /** Deletes an annotation with its codes and values. */
    static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Returns how many annotations carry each code; codes no annotation carries are left out. */
    static Map<Long, Integer> usage(Connection connection, Optional<Long> articleId) throws SQLException {
        String where = articleId.map(id -> " WHERE n.article_id = " + id).orElse("");
        Map<Long, Integer> counts = new HashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT ac.code_id, count(*) FROM annotation_codes ac"
                        + " JOIN annotations n ON n.id = ac.annotation_id" + where + " GROUP BY ac.code_id")) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** Writes an instant as the library keeps it: ISO 8601 in UTC, which reads back exactly. */
    private static String stamp(Instant instant) {
        return instant.toString();
    }

    private static void setColumns(PreparedStatement statement, Annotation annotation, int first)
            throws SQLException {
        Anchor anchor = annotation.anchor();
        statement.setInt(first, anchor.start());
        statement.setInt(first + 1, anchor.end());
        statement.setString(first + 2, anchor.exact());
        statement.setString(first + 3, anchor.prefix());
        statement.setString(first + 4, anchor.suffix());
        statement.setString(first + 5, annotation.note());
        statement.setString(first + 6, annotation.coder());
        statement.setString(first + 7, stamp(annotation.created()));
        statement.setString(first + 8, stamp(annotation.modified()));
        statement.setInt(first + 9, annotation.orphaned() ? 1 : 0);
    }

    private static void writeDetails(Connection connection, long id, Annotation annotation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO annotation_codes (annotation_id, position, code_id) VALUES (?, ?, ?)")) {
            int position = 0;
            for (long codeId : annotation.codeIds()) {
                insert.setLong(1, id);
                insert.setInt(2, position++);
                insert.setLong(3, codeId);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO annotation_attributes (annotation_id, name, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> attribute : annotation.attributes().entrySet()) {
                insert.setLong(1, id);
                insert.setString(2, attribute.getKey());
                insert.setString(3, attribute.getValue());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Reads the annotations a condition on the {@code annotations} table selects. The condition
     * is built here from numbers only, never from a user's text.
     */
    private static List<Annotation> select(Connection connection, String condition, String order)
            throws SQLException {
        String selected = "SELECT id FROM annotations WHERE " + condition;
        Map<Long, List<Long>> codes = new HashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT annotation_id, code_id FROM annotation_codes"
                        + " WHERE annotation_id IN (" + selected + ") ORDER BY annotation_id, position")) {
            while (rows.next()) {
                codes.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT annotation_id, name, value FROM annotation_attributes"
                        + " WHERE annotation_id IN (" + selected + ")")) {
            while (rows.next()) {
                attributes.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getString(2), rows.getString(3));
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT " + COLUMNS + " FROM annotations WHERE " + condition
                        + " ORDER BY " + order)) {
            while (rows.next()) {
                long id = rows.getLong(1);
                annotations.add(new Annotation(id, rows.getLong(2),
                        new Anchor(rows.getInt(3), rows.getInt(4), rows.getString(5), rows.getString(6), rows.getString(7)),
                        codes.getOrDefault(id, List.of()), rows.getString(8), attributes.getOrDefault(id, Map.of()),
                        rows.getString(9), instant(rows.getString(10)), instant(rows.getString(11)), rows.getInt(12) == 1));
            }
        } catch (IllegalArgumentException damaged) {
            throw new FlagmarkException("The library is damaged: an annotation cannot be read ("
                    + damaged.getMessage() + ").", damaged);
        }
        return List.copyOf(annotations);
    }

    private static Instant instant(String stamp) {
        try {
            return Instant.parse(stamp);
        } catch (DateTimeParseException notAnInstant) {
            throw new IllegalArgumentException("not an instant: " + stamp, notAnInstant);
        }
    }

    private static String idList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
