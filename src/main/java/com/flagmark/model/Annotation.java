package com.flagmark.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A coded passage of an article: its anchor, the codes it carries (one or more), a note, the
 * values of the codes' attributes, who coded it and when.
 *
 * @param codeIds the ids of its codes, in the order they were applied
 * @param attributes attribute values by name, such as {@code value → 98}, {@code unit → %}, in name order
 * @param orphaned whether a re-cleaned text no longer holds the passage; such an annotation is
 *     kept, with its last anchor, and flagged rather than dropped
 */
public record Annotation(long id, long articleId, Anchor anchor, List<Long> codeIds, String note,
        Map<String, String> attributes, String coder, Instant created, Instant modified, boolean orphaned) {

    public Annotation {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        codeIds = List.copyOf(codeIds);
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
        if (codeIds.isEmpty()) {
            throw new IllegalArgumentException("An annotation carries at least one code");
        }
    }
}
