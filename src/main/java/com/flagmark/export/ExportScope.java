package com.flagmark.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an export takes: the whole library, the articles a search finds or the user picked,
 * the annotations carrying some codes (or codes below them), or an intersection of these.
 *
 * @param query only the articles this search finds
 * @param articleIds only these articles, such as the ones a filtered list shows or the user selected
 * @param codeIds only annotations carrying one of these codes or a code below one
 */
public record ExportScope(Optional<String> query, Optional<Set<Long>> articleIds, List<Long> codeIds) {

    public static final ExportScope ALL = new ExportScope(Optional.empty(), Optional.empty(), List.of());

    public ExportScope {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(articleIds, "articleIds");
        articleIds = articleIds.map(Set::copyOf);
        codeIds = List.copyOf(codeIds);
    }

    /** The articles a search finds, and in them annotations with the codes, if any are given. */
    public static ExportScope of(Optional<String> query, List<Long> codeIds) {
        return new ExportScope(query, Optional.empty(), codeIds);
    }

    /** These articles only. */
    public static ExportScope articles(Set<Long> articleIds) {
        return new ExportScope(Optional.empty(), Optional.of(articleIds), List.of());
    }

    /** Annotations carrying these codes or codes below them. */
    public static ExportScope codes(List<Long> codeIds) {
        return new ExportScope(Optional.empty(), Optional.empty(), codeIds);
    }

    /** Tells whether the scope takes everything. */
    public boolean isWholeLibrary() {
        return query.isEmpty() && articleIds.isEmpty() && codeIds.isEmpty();
    }
}
