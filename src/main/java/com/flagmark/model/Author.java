package com.flagmark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person credited in a byline, with the role the byline gives, such as 记者 (reporter),
 * 通讯员 (correspondent) or 整理 (compiled by).
 */
public record Author(String name, Optional<String> role) {

    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An author needs a name");
        }
    }

    public static Author of(String name, String role) {
        return new Author(name, Optional.ofNullable(role));
    }
}
