package com.flagmark.library;

import com.flagmark.annotate.CodingRules;
import com.flagmark.model.Anchor;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.SuggestionRejection;
import com.flagmark.model.SuggestionRule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The suggestions of the library's articles, cached with what they were computed from, and the
 * reviewers' rejections and library-wide rules that keep a suggestion from coming back. An
 * article's suggestions are replaced whole, in one transaction, so a reader sees the old list or
 * the new one, never half of each. Rejections and rules are ids never handed out again; undo puts
 * a forgotten one back under its old id.
 */
public final class SuggestionRepository {

    /**
     * What an article's suggestions were computed from: they are current while all three are.
     *
     * @param fingerprint the {@link com.flagmark.model.Fingerprint} of the article's text
     * @param cuesVersion a hash of the codebook's codes and cue words
     * @param engine the suggestion pass's version
     */
    public record Basis(String fingerprint, String cuesVersion, String engine) {

        public Basis {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(cuesVersion, "cuesVersion");
            Objects.requireNonNull(engine, "engine");
        }
    }

    private static final String REJECTION_COLUMNS = "id, article_id, fingerprint, start_offset, end_offset, exact,"
            + " prefix, suffix, code, created";

    private final Database database;
    private final Clock clock;

    SuggestionRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    // Cached suggestions

    /**
     * Returns the ids of the articles, among {@code among} (all of them when empty), whose
     * suggestions were never computed or were computed from another text, codebook or engine.
     */
    public List<Long> needingSuggestions(String cuesVersion, String engine, Collection<Long> among) {
        String scope = among.isEmpty() ? "" : " AND a.id IN (" + SuggestionTable.idList(among) + ")";
        return database.read(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT a.id FROM articles a"
                    + " LEFT JOIN suggestion_runs r ON r.article_id = a.id WHERE (r.article_id IS NULL"
                    + " OR r.fingerprint <> a.fingerprint OR r.cues_version <> ? OR r.engine <> ?)" + scope
                    + " ORDER BY a.id")) {
                query.setString(1, cuesVersion);
                query.setString(2, engine);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Stores {@code found} as the article's suggestions in place of those before, computed from
     * {@code basis}; returns false, storing nothing, if the article is gone or its text is no
     * longer the one they were computed from.
     */
    public boolean replace(long articleId, Basis basis, List<CodeSuggestion> found) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(found, "found");
        String computed = now().toString();
        return database.write(connection -> {
            Optional<String> fingerprint = fingerprint(connection, articleId);
            if (fingerprint.isEmpty() || !fingerprint.get().equals(basis.fingerprint())) {
                return false;
            }
            SuggestionTable.replace(connection, articleId, basis, computed, found);
            return true;
        });
    }

    /**
     * Forgets an article's cached suggestions, so that they are computed again from its text as
     * it is now; its rejections stay, found again by their quotes.
     */
    public void forget(long articleId) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM suggestions WHERE article_id = ?")) {
                delete.setLong(1, articleId);
                delete.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM suggestion_runs WHERE article_id = ?")) {
                delete.setLong(1, articleId);
                return delete.executeUpdate();
            }
        });
    }

    /** Returns the cached suggestions of an article, in text order. */
    public List<CodeSuggestion> of(long articleId) {
        return database.read(connection -> SuggestionTable.select(connection, "article_id = " + articleId));
    }

    /** Returns the cached suggestions of these articles (of every article when empty), by article and text order. */
    public List<CodeSuggestion> of(Collection<Long> articleIds) {
        String where = articleIds.isEmpty() ? "1" : "article_id IN (" + SuggestionTable.idList(articleIds) + ")";
        return database.read(connection -> SuggestionTable.select(connection, where));
    }

    /** Returns the cached suggestion with this id, if there is one. */
    public Optional<CodeSuggestion> find(long id) {
        return database.read(connection -> SuggestionTable.select(connection, "id = " + id)).stream().findFirst();
    }

    // Rejections

    /**
     * Stores a rejection of {@code code} for the passage {@code anchor} of an article, and returns it.
     *
     * @throws FlagmarkException if there is no such article or the anchor does not stand in its text
     */
    public SuggestionRejection reject(long articleId, Anchor anchor, String code) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(code, "code");
        Instant now = now();
        return database.write(connection -> {
            String fingerprint = fingerprint(connection, articleId).orElseThrow(() ->
                    new FlagmarkException("There is no article " + articleId + " in the library."));
            CodingRules.anchorFits(AnnotationChecks.articleText(connection, articleId), anchor);
            long id = insertRejection(connection, new SuggestionRejection(0, articleId, fingerprint, anchor, code, now),
                    false);
            return rejection(connection, id);
        });
    }

    /** Forgets a rejection, so its suggestion may come back; returns it as it was, for an undo. */
    public SuggestionRejection forgetRejection(long id) {
        return database.write(connection -> {
            SuggestionRejection before = rejection(connection, id);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM suggestion_rejections WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return before;
        });
    }

    /** Writes a rejection back exactly as given, under its own id; undo and redo use it. */
    public void restoreRejection(SuggestionRejection rejection) {
        database.write(connection -> insertRejection(connection, rejection, true));
    }

    /** Returns every rejection, oldest first. */
    public List<SuggestionRejection> rejections() {
        return database.read(connection -> rejections(connection, "1"));
    }

    /**
     * Returns the rejections that apply to an article: those made on it, and those made on an
     * article with the same text ({@code fingerprint}) that was deleted and imported again.
     */
    public List<SuggestionRejection> rejectionsOf(long articleId, String fingerprint) {
        return database.read(connection -> {
            List<SuggestionRejection> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + REJECTION_COLUMNS
                    + " FROM suggestion_rejections WHERE article_id = ? OR fingerprint = ? ORDER BY id")) {
                query.setLong(1, articleId);
                query.setString(2, fingerprint);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rejectionRow(rows));
                    }
                }
            }
            return found;
        });
    }

    // Rules

    /**
     * Adds the rule "never suggest {@code exact} as {@code code}" and returns it; a rule already
     * there is returned as it is.
     */
    public SuggestionRule addRule(String exact, String code) {
        Instant now = now();
        SuggestionRule draft = new SuggestionRule(0, exact, code, now);
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO suggestion_rules (exact, code, created) VALUES (?, ?, ?)")) {
                insert.setString(1, draft.exact());
                insert.setString(2, draft.code());
                insert.setString(3, now.toString());
                insert.executeUpdate();
            }
            return rules(connection, "exact = ? AND code = ?", draft.exact(), draft.code()).get(0);
        });
    }

    /** Forgets a rule and returns it as it was, for an undo. */
    public SuggestionRule forgetRule(long id) {
        return database.write(connection -> {
            List<SuggestionRule> found = rules(connection, "id = ?", String.valueOf(id));
            if (found.isEmpty()) {
                throw new FlagmarkException("There is no suggestion rule " + id + " in the library.");
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM suggestion_rules WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return found.get(0);
        });
    }

    /** Writes a rule back exactly as given, under its own id. */
    public void restoreRule(SuggestionRule rule) {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO suggestion_rules (id, exact, code, created) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, rule.id());
                insert.setString(2, rule.exact());
                insert.setString(3, rule.code());
                insert.setString(4, rule.created().toString());
                return insert.executeUpdate();
            }
        });
    }

    /** Returns every rule, oldest first. */
    public List<SuggestionRule> rules() {
        return database.read(connection -> rules(connection, "1"));
    }

    private static List<SuggestionRule> rules(Connection connection, String where, String... values)
            throws SQLException {
        List<SuggestionRule> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, exact, code, created FROM suggestion_rules WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new SuggestionRule(rows.getLong(1), rows.getString(2), rows.getString(3),
                            Instant.parse(rows.getString(4))));
                }
            }
        }
        return found;
    }

    private static long insertRejection(Connection connection, SuggestionRejection rejection, boolean keepId)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO suggestion_rejections ("
                + REJECTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (keepId) {
                insert.setLong(1, rejection.id());
            } else {
                insert.setNull(1, Types.INTEGER);
            }
            if (articleExists(connection, rejection.articleId())) {
                insert.setLong(2, rejection.articleId());
            } else {
                insert.setNull(2, Types.INTEGER);
            }
            insert.setString(3, rejection.fingerprint());
            Anchor anchor = rejection.anchor();
            insert.setInt(4, anchor.start());
            insert.setInt(5, anchor.end());
            insert.setString(6, anchor.exact());
            insert.setString(7, anchor.prefix());
            insert.setString(8, anchor.suffix());
            insert.setString(9, rejection.code());
            insert.setString(10, rejection.created().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keepId || !keys.next() ? rejection.id() : keys.getLong(1);
            }
        }
    }

    private static SuggestionRejection rejection(Connection connection, long id) throws SQLException {
        List<SuggestionRejection> found = rejections(connection, "id = " + id);
        if (found.isEmpty()) {
            throw new FlagmarkException("There is no rejected suggestion " + id + " in the library.");
        }
        return found.get(0);
    }

    private static List<SuggestionRejection> rejections(Connection connection, String where) throws SQLException {
        List<SuggestionRejection> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + REJECTION_COLUMNS
                + " FROM suggestion_rejections WHERE " + where + " ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(rejectionRow(rows));
            }
        }
        return found;
    }

    private static SuggestionRejection rejectionRow(ResultSet rows) throws SQLException {
        return new SuggestionRejection(rows.getLong(1), rows.getLong(2), rows.getString(3),
                new Anchor(rows.getInt(4), rows.getInt(5), rows.getString(6), rows.getString(7), rows.getString(8)),
                rows.getString(9), Instant.parse(rows.getString(10)));
    }

    private static boolean articleExists(Connection connection, long articleId) throws SQLException {
        return fingerprint(connection, articleId).isPresent();
    }

    private static Optional<String> fingerprint(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT fingerprint FROM articles WHERE id = ?")) {
            query.setLong(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
