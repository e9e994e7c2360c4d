package com.flagmark.export;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something an imported file holds besides annotations that was not imported.
 *
 * @param kind what it is, such as {@code journal} or {@code memo}
 * @param name its name in the file, or the start of its text
 * @param reason why it was not imported, written for the user in English
 * @param reasonKey names the reason's wording, for a window that words it in its own language;
 *        empty when it has none
 * @param reasonArguments the values that wording is filled in with, in order
 */
public record NotImported(String kind, String name, String reason, String reasonKey, List<String> reasonArguments) {

    public NotImported {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArguments = List.copyOf(reasonArguments);
    }

    /** Something not imported, its reason in English only. */
    public NotImported(String kind, String name, String reason) {
        this(kind, name, reason, "", List.of());
    }

    /** Something not imported, its reason in English and under a key, filled in with these values. */
    public static NotImported because(String kind, String name, String reason, String key, Object... arguments) {
        return new NotImported(kind, name, reason, key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
