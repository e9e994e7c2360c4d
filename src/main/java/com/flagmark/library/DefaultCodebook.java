package com.flagmark.library;

import com.flagmark.model.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The codebook a library starts with ({@code codebook-default.yaml}: regions, measures and
 * outcomes). The schema migration that creates the codebook's tables stores it, in the same
 * transaction, so every library gets it exactly once, and a user who later deletes every code
 * does not get it back.
 */
final class DefaultCodebook {

    private static final String RESOURCE = "codebook-default.yaml";

    private DefaultCodebook() {
    }

    /** Returns the default codebook's roots, each with the codes below it. */
    static List<CodebookYaml.Entry> entries() {
        try (InputStream in = DefaultCodebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return CodebookYaml.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** Stores the default codebook in an empty codebook, inside the caller's transaction. */
    static void seed(Connection connection) throws SQLException {
        insert(connection, entries(), Optional.empty());
    }

    private static void insert(Connection connection, List<CodebookYaml.Entry> entries, Optional<Long> parentId)
            throws SQLException {
        for (CodebookYaml.Entry entry : entries) {
            Code draft = entry.draft();
            long id = CodeTable.insert(connection, Copies.code(draft, 0, parentId, draft.position()), false);
            insert(connection, entry.children(), Optional.of(id));
        }
    }
}
