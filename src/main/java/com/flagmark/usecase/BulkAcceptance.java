package com.flagmark.usecase;

import com.flagmark.model.CodeSuggestion;
import java.util.List;

/**
 * What a bulk accept would do, worked out before it runs, so the user sees the count first.
 *
 * @param accepted the open suggestions it would accept, by article and place in the text
 * @param skipped how many others of the same filter it leaves open, because an annotation with
 *     the same code (or another of these suggestions) already covers part of their passage
 */
public record BulkAcceptance(List<CodeSuggestion> accepted, int skipped) {

    public BulkAcceptance {
        accepted = List.copyOf(accepted);
    }

    /** Returns how many suggestions it would accept. */
    public int count() {
        return accepted.size();
    }
}
