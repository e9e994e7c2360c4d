package com.flagmark.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A piece of an article's metadata a user can correct by hand. Its {@link #id()} is the stable
 * name the library stores and the command line prints.
 */
public enum MetadataField {
    TITLE("title"), DATE("date"), SOURCE("source"), AUTHORS("authors"), URL("url");

    private final String id;

    MetadataField(String id) {
        this.id = id;
    }

    /** Returns the stable name: {@code title}, {@code date}, {@code source}, {@code authors}, {@code url}. */
    public String id() {
        return id;
    }

    /** Returns the field with this stable name, if there is one. */
    public static Optional<MetadataField> fromId(String id) {
        return Arrays.stream(values()).filter(field -> field.id.equals(id)).findFirst();
    }
}
