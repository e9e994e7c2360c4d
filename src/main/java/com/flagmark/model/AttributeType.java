package com.flagmark.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The type of a code's attribute, which decides how its values are edited and checked. */
public enum AttributeType {
    TEXT,
    /** A decimal number such as 98 or 3351790 or 2.5. */
    NUMBER,
    /** One of the attribute's choices. */
    CHOICE,
    /** A date, written as ISO 8601 (2022-02-20). */
    DATE;

    /** Returns the lower-case name used in files and the library. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the type with the given {@link #id()}, if there is one. */
    public static Optional<AttributeType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id().equals(id)).findFirst();
    }
}
