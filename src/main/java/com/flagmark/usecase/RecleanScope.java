package com.flagmark.usecase;

import java.util.List;
import java.util.Objects;

/**
 * Which articles to re-clean: those an older cleaner made, every article the cleaner made, or
 * the articles with these ids. Each goes with the other stories of its file, which is read
 * again as a whole.
 */
public record RecleanScope(Kind kind, List<Long> ids) {

    /** How the articles are chosen. */
    public enum Kind {
        OUTDATED, ALL, ARTICLES
    }

    public RecleanScope {
        Objects.requireNonNull(kind, "kind");
        ids = List.copyOf(ids);
    }

    /** The articles a cleaner older than this Flagmark's made. */
    public static RecleanScope outdated() {
        return new RecleanScope(Kind.OUTDATED, List.of());
    }

    /** Every article the cleaner made. */
    public static RecleanScope all() {
        return new RecleanScope(Kind.ALL, List.of());
    }

    /** These articles, with the other stories of their files. */
    public static RecleanScope articles(List<Long> ids) {
        return new RecleanScope(Kind.ARTICLES, ids);
    }
}
