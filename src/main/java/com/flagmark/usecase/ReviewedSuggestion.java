package com.flagmark.usecase;

import com.flagmark.model.CodeSuggestion;
import java.util.Objects;

/** A stored suggestion with where its review stands. */
public record ReviewedSuggestion(CodeSuggestion suggestion, SuggestionStatus status) {

    public ReviewedSuggestion {
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(status, "status");
    }
}
