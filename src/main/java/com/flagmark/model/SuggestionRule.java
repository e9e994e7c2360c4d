package com.flagmark.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A rule of the whole library: never suggest this text as this code, as in "never suggest 合作
 * as a region".
 *
 * @param exact the passage's text, compared whole
 * @param code the code's path; the rule covers the codes below it too
 */
public record SuggestionRule(long id, String exact, String code, Instant created) {

    public SuggestionRule {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(created, "created");
        if (exact.isBlank() || code.isBlank()) {
            throw new IllegalArgumentException("A rule names a text and a code");
        }
    }

    /** Tells whether the rule forbids suggesting {@code text} as the code with path {@code codePath}. */
    public boolean forbids(String text, String codePath) {
        return exact.equals(text) && (codePath.equals(code) || codePath.startsWith(code + "/"));
    }
}
