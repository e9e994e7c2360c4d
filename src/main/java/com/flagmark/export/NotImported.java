package com.flagmark.export;

import java.util.Objects;

/**
 * Something an imported file holds besides annotations that was not imported.
 *
 * @param kind what it is, such as {@code journal} or {@code memo}
 * @param name its name in the file, or the start of its text
 * @param reason why it was not imported, written for the user
 */
public record NotImported(String kind, String name, String reason) {

    public NotImported {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
