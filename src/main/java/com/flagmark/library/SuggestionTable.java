package com.flagmark.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Candidate;
import com.flagmark.model.CodeSuggestion.Tier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of cached suggestions: reads them, and writes an article's whole list in place of the
 * one before. Attributes, evidence and candidates are stored as JSON. Runs inside the caller's
 * transaction.
 */
final class SuggestionTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() { };
    private static final String COLUMNS = "id, article_id, start_offset, end_offset, exact, code, attributes, evidence,"
            + " tier, candidates, target";
    private static final String ORDER = " ORDER BY article_id, start_offset, end_offset, id";

    private SuggestionTable() {
    }

    /** Returns the suggestions that pass {@code where} (an SQL condition), by article and place in the text. */
    static List<CodeSuggestion> select(Connection connection, String where) throws SQLException {
        List<CodeSuggestion> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM suggestions WHERE " + where + ORDER);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(row(rows));
            }
        }
        return found;
    }

    /** Returns an SQL list of ids, for {@code IN (…)}. */
    static String idList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Replaces the suggestions of an article with {@code found}, and records what they were computed from. */
    static void replace(Connection connection, long articleId, SuggestionRepository.Basis basis, String computed,
            List<CodeSuggestion> found) throws SQLException {
        try (PreparedStatement run = connection.prepareStatement("INSERT OR REPLACE INTO suggestion_runs"
                + " (article_id, fingerprint, cues_version, engine, computed) VALUES (?, ?, ?, ?, ?)")) {
            run.setLong(1, articleId);
            run.setString(2, basis.fingerprint());
            run.setString(3, basis.cuesVersion());
            run.setString(4, basis.engine());
            run.setString(5, computed);
            run.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM suggestions WHERE article_id = ?")) {
            delete.setLong(1, articleId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO suggestions (" + COLUMNS + ")"
                + " VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CodeSuggestion suggestion : found) {
                insert.setLong(1, articleId);
                insert.setInt(2, suggestion.start());
                insert.setInt(3, suggestion.end());
                insert.setString(4, suggestion.exact());
                insert.setString(5, suggestion.code());
                insert.setString(6, json(suggestion.attributes()));
                insert.setString(7, json(suggestion.evidence()));
                insert.setString(8, suggestion.tier().id());
                insert.setString(9, json(suggestion.candidates()));
                insert.setInt(10, suggestion.target() ? 1 : 0);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static CodeSuggestion row(ResultSet rows) throws SQLException {
        return new CodeSuggestion(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getInt(4), rows.getString(5),
                rows.getString(6), read(rows.getString(7), STRINGS), read(rows.getString(8), STRINGS),
                "high".equals(rows.getString(9)) ? Tier.HIGH : Tier.LOW, read(rows.getString(10), CANDIDATES),
                rows.getInt(11) == 1);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Strings and records of strings always serialise", impossible);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException damaged) {
            throw new SQLException("A stored suggestion's JSON cannot be read: " + damaged.getOriginalMessage(), damaged);
        }
    }
}
