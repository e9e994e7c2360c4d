package com.flagmark.export;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An annotation (or a source) of an imported file that could not be imported.
 *
 * @param quote the passage, or empty for a whole source
 * @param article the article or source it names
 * @param reason why it was not imported, written for the user in English
 * @param reasonKey names the reason's wording, for a window that words it in its own language;
 *        empty when it has none
 * @param reasonArguments the values that wording is filled in with, in order
 */
public record Unmatched(String quote, String article, String reason, String reasonKey, List<String> reasonArguments) {

    public Unmatched {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArguments = List.copyOf(reasonArguments);
    }

    /** Something not imported, its reason in English only. */
    public Unmatched(String quote, String article, String reason) {
        this(quote, article, reason, "", List.of());
    }

    /** Something not imported, its reason in English and under a key, filled in with these values. */
    public static Unmatched because(String quote, String article, String reason, String key, Object... arguments) {
        return new Unmatched(quote, article, reason, key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
