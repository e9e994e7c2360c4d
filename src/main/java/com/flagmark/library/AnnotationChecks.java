package com.flagmark.library;

import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The checks an annotation passes before it is stored, inside the write's transaction: its
 * article exists and the anchor's quote stands in its text at the anchor's offsets; its codes
 * exist and can be applied to passages. Refusals are {@link FlagmarkException}s for the user.
 */
final class AnnotationChecks {

    private AnnotationChecks() {
    }

    /** Returns the canonical text of the article, or refuses if there is no such article. */
    static String articleText(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
            query.setLong(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new FlagmarkException("There is no article " + articleId + " in the library.");
                }
                return rows.getString(1);
            }
        }
    }

    /**
     * Refuses an anchor whose quote is not the text between its offsets, counted in code
     * points, so that a passage is never stored at the wrong place.
     */
    static void anchorFits(String text, Anchor anchor) {
        int length = text.codePointCount(0, text.length());
        if (anchor.end() > length || !slice(text, anchor.start(), anchor.end()).equals(anchor.exact())) {
            throw new FlagmarkException("The passage " + anchor.start() + "–" + anchor.end()
                    + " does not match the article's text (offsets count code points, 0–" + length + ").");
        }
    }

    /**
     * Returns the codes without repeats, in their first order, having refused an empty list, an
     * unknown code, and a code passages cannot carry unless it is among {@code alreadyCarried}.
     */
    static List<Long> codes(CodeTree codebook, List<Long> codeIds, Collection<Long> alreadyCarried) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(codeIds));
        if (distinct.isEmpty()) {
            throw new FlagmarkException("An annotation needs at least one code.");
        }
        for (long id : distinct) {
            Code code = codebook.find(id).orElseThrow(() -> unknownCode(id));
            if (!code.codable() && !alreadyCarried.contains(id)) {
                throw notCodable(codebook, code);
            }
        }
        return distinct;
    }

    /** Refuses codes that are not all in the codebook. */
    static void codesExist(CodeTree codebook, List<Long> codeIds) {
        codeIds.forEach(id -> codebook.find(id).orElseThrow(() -> unknownCode(id)));
    }

    static FlagmarkException unknownCode(long id) {
        return new FlagmarkException("There is no code " + id + " in the codebook.");
    }

    static FlagmarkException notCodable(CodeTree codebook, Code code) {
        return new FlagmarkException(codebook.path(code)
                + " is a category that only groups codes; choose a code under it.");
    }

    /** Returns the text between two code-point offsets. */
    private static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    /** Returns the annotation's codebook as it is inside this transaction. */
    static CodeTree codebook(Connection connection) throws SQLException {
        return new CodeTree(CodeTable.all(connection));
    }

    /** Returns the stored annotation, or refuses if there is none with that id. */
    static Annotation existing(Connection connection, long id) throws SQLException {
        return AnnotationTable.find(connection, id).orElseThrow(() -> new FlagmarkException("There is no annotation " + id + " in the library."));
    }
}
