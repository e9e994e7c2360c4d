package com.flagmark.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.annotate.Codebook;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the codebook: reads every code with its attributes and cues, and writes one code
 * at a time. Runs inside the caller's transaction; checks of meaning (names among siblings,
 * codes in use) are the caller's.
 */
final class CodeTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private CodeTable() {
    }

    /** Returns every code, parents before their children, siblings in order. */
    static List<Code> all(Connection connection) throws SQLException {
        Map<Long, List<AttributeDefinition>> attributes = attributes(connection);
        Map<Long, List<String>> cues = cues(connection);
        List<Code> codes = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, parent_id, name, english_name, colour,"
                        + " shortcut, description, codable, position FROM codes")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long parent = rows.getLong(2);
                Optional<Long> parentId = rows.wasNull() ? Optional.empty() : Optional.of(parent);
                codes.add(new Code(id, parentId, rows.getString(3), rows.getString(4), rows.getString(5),
                        Optional.ofNullable(rows.getString(6)), rows.getString(7), rows.getInt(8) == 1,
                        attributes.getOrDefault(id, List.of()), cues.getOrDefault(id, List.of()), rows.getInt(9)));
            }
        }
        return new Codebook(codes).all();
    }

    /**
     * Writes a new code row with its attributes and cues and returns its id: the code's own id
     * when {@code keepId} (a deleted code put back), else a new one.
     */
    static long insert(Connection connection, Code code, boolean keepId) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO codes (id, parent_id, name,"
                + " english_name, colour, shortcut, description, codable, position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (keepId) {
                insert.setLong(1, code.id());
            } else {
                insert.setNull(1, Types.INTEGER);
            }
            setColumns(insert, code, 2);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("SQLite gave no id for the new row");
                }
                id = keys.getLong(1);
            }
        }
        writeDetails(connection, id, code);
        return id;
    }

    /** Overwrites every column of a stored code, its attributes and its cues. */
    static void overwrite(Connection connection, Code code) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE codes SET parent_id = ?, name = ?,"
                + " english_name = ?, colour = ?, shortcut = ?, description = ?, codable = ?, position = ?"
                + " WHERE id = ?")) {
            setColumns(update, code, 1);
            update.setLong(9, code.id());
            update.executeUpdate();
        }
        deleteDetails(connection, code.id());
        writeDetails(connection, code.id(), code);
    }

    /** Puts a code under another parent (empty: among the roots) at a position. */
    static void place(Connection connection, long id, Optional<Long> parentId, int position) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE codes SET parent_id = ?, position = ? WHERE id = ?")) {
            setParent(update, 1, parentId);
            update.setInt(2, position);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** Adds {@code delta} to the position of every child of a parent at {@code from} or after. */
    static void shift(Connection connection, Optional<Long> parentId, int from, int delta) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE codes SET position = position + ?"
                + " WHERE coalesce(parent_id, 0) = ? AND position >= ?")) {
            update.setInt(1, delta);
            update.setLong(2, parentId.orElse(0L));
            update.setInt(3, from);
            update.executeUpdate();
        }
    }

    /** Clears the shortcut of a code, so that codes being written back can swap keys. */
    static void clearShortcut(Connection connection, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE codes SET shortcut = NULL WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    /** Deletes a code row with its attributes and cues; its children must be gone already. */
    static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM codes WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private static void setColumns(PreparedStatement statement, Code code, int first) throws SQLException {
        setParent(statement, first, code.parentId());
        statement.setString(first + 1, code.name());
        statement.setString(first + 2, code.englishName());
        statement.setString(first + 3, code.colour());
        if (code.shortcut().isPresent()) {
            statement.setString(first + 4, code.shortcut().get());
        } else {
            statement.setNull(first + 4, Types.VARCHAR);
        }
        statement.setString(first + 5, code.description());
        statement.setInt(first + 6, code.codable() ? 1 : 0);
        statement.setInt(first + 7, code.position());
    }

    private static void setParent(PreparedStatement statement, int index, Optional<Long> parentId)
            throws SQLException {
        if (parentId.isPresent()) {
            statement.setLong(index, parentId.get());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static void writeDetails(Connection connection, long id, Code code) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO code_attributes (code_id,"
                + " position, name, label, english_label, type, choices) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (AttributeDefinition attribute : code.attributes()) {
                insert.setLong(1, id);
                insert.setInt(2, position++);
                insert.setString(3, attribute.name());
                insert.setString(4, attribute.label());
                insert.setString(5, attribute.englishLabel());
                insert.setString(6, attribute.type().id());
                insert.setString(7, toJson(attribute.choices()));
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO code_cues (code_id, position, cue) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String cue : code.cues()) {
                insert.setLong(1, id);
                insert.setInt(2, position++);
                insert.setString(3, cue);
                insert.executeUpdate();
            }
        }
    }

    private static void deleteDetails(Connection connection, long id) throws SQLException {
        for (String table : List.of("code_attributes", "code_cues")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE code_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    private static Map<Long, List<AttributeDefinition>> attributes(Connection connection) throws SQLException {
        Map<Long, List<AttributeDefinition>> attributes = new HashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT code_id, name, label, english_label, type, choices"
                        + " FROM code_attributes ORDER BY code_id, position")) {
            while (rows.next()) {
                AttributeType type = AttributeType.fromId(rows.getString(5)).orElseThrow(CodeTable::damaged);
                attributes.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new AttributeDefinition(
                        rows.getString(2), rows.getString(3), rows.getString(4), type, fromJson(rows.getString(6))));
            }
        }
        return attributes;
    }

    private static Map<Long, List<String>> cues(Connection connection) throws SQLException {
        Map<Long, List<String>> cues = new HashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT code_id, cue FROM code_cues ORDER BY code_id, position")) {
            while (rows.next()) {
                cues.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return cues;
    }

    private static String toJson(List<String> choices) {
        try {
            return JSON.writeValueAsString(choices);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A list of strings always serialises", impossible);
        }
    }

    private static List<String> fromJson(String choices) {
        try {
            return JSON.readValue(choices, STRINGS);
        } catch (JsonProcessingException notAList) {
            throw damaged();
        }
    }

    private static FlagmarkException damaged() {
        return new FlagmarkException("The library is damaged: an attribute of a code cannot be read.");
    }
}
