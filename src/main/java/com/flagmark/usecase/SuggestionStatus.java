package com.flagmark.usecase;

import java.util.Locale;

/** Where a suggestion stands in its review. */
public enum SuggestionStatus {
    /** Not reviewed yet. */
    OPEN,
    /** An annotation with the same passage and code covers it: it was accepted, or coded by hand. */
    ACCEPTED,
    /** A reviewer rejected it here, or a rule of the library forbids it. */
    REJECTED;

    /** Returns the lower-case name the command line prints: {@code open}, {@code accepted}, {@code rejected}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
