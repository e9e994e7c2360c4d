package com.flagmark.export;

import java.util.Objects;

/**
 * An annotation (or a source) of an imported file that could not be imported.
 *
 * @param quote the passage, or empty for a whole source
 * @param article the article or source it names
 * @param reason why it was not imported, written for the user
 */
public record Unmatched(String quote, String article, String reason) {

    public Unmatched {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reason, "reason");
    }
}
