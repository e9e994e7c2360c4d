package com.flagmark.library;

import com.flagmark.annotate.Codebook;
import com.flagmark.annotate.CodingRules;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the checks of an annotation's write read inside its transaction: the article's text and
 * the codebook as they stand, for the domain's {@link CodingRules}, and the annotation being
 * changed. Refusals are {@link FlagmarkException}s for the user.
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

    /** Returns the annotation's codebook as it is inside this transaction. */
    static Codebook codebook(Connection connection) throws SQLException {
        return new Codebook(CodeTable.all(connection));
    }

    /** Returns the stored annotation, or refuses if there is none with that id. */
    static Annotation existing(Connection connection, long id) throws SQLException {
        return AnnotationTable.find(connection, id).orElseThrow(() -> new FlagmarkException("There is no annotation " + id + " in the library."));
    }
}
