package com.flagmark.usecase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a re-cleaning did: how many files it read again; how many articles got a new text, kept
 * theirs, or were added (a story the cleaner now finds in a page); how many annotations moved
 * with their quote; the annotations whose quote the new text no longer holds (kept, flagged
 * orphaned); what it left as it was and why; whether it was stopped before the end.
 *
 * @param change the re-cleaning as one change that can be undone, or empty if nothing changed
 */
public record RecleanReport(int files, int changed, int unchanged, int added, int moved, List<Orphan> orphaned,
        List<Kept> kept, boolean cancelled, Optional<Change> change) {

    public RecleanReport {
        orphaned = List.copyOf(orphaned);
        kept = List.copyOf(kept);
        Objects.requireNonNull(change, "change");
    }

    /** An annotation whose quote the article's new text no longer holds. */
    public record Orphan(long article, long annotation, String quote) {
    }

    /**
     * An article, or a whole file, left as it was.
     *
     * @param article the article, or empty when it concerns the whole file
     */
    public record Kept(String file, Optional<Long> article, String reason) {
    }
}
