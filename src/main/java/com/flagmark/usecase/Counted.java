package com.flagmark.usecase;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a table's cells count: the articles the passages are in, or the passages themselves. */
public enum Counted {
    ARTICLES, PASSAGES;

    /** Returns the lower-case name used on the command line and in JSON: {@code articles} or {@code passages}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the unit with this {@link #id()}, if there is one. */
    public static Optional<Counted> fromId(String id) {
        return Arrays.stream(values()).filter(unit -> unit.id().equals(id)).findFirst();
    }
}
