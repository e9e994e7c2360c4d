package com.flagmark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person credited in a byline, with the word the byline gives for their role, such as 记者
 * (reporter), 通讯员 (correspondent), 责任编辑 (editor) or 整理 (compiled by); {@link #creditRole()}
 * tells which part that is.
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

    /** Returns the part this person played, told from the byline's word; a bare name is an author. */
    public CreditRole creditRole() {
        return CreditRole.of(role);
    }
}
