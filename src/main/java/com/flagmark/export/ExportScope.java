package com.flagmark.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export takes: the whole library, the articles a search finds, the annotations
 * carrying some codes (or codes below them), or both.
 */
public record ExportScope(Optional<String> query, List<Long> codeIds) {

    public static final ExportScope ALL = new ExportScope(Optional.empty(), List.of());

    public ExportScope {
        Objects.requireNonNull(query, "query");
        codeIds = List.copyOf(codeIds);
    }
}
