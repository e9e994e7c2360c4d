package com.flagmark.library;

import java.util.Objects;
import java.util.Optional;

/**
 * One article found by a search: its id, its title and an excerpt with the hits marked.
 */
public record SearchHit(long id, Optional<String> title, Snippet snippet) {

    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
    }
}
