package com.flagmark.app;

import com.flagmark.usecase.ArticleSuggestions;
import java.util.Optional;

/**
 * The suggestions of one article read ahead of its showing: which article they are read for and,
 * once the read is done, what it gave. Used on the FX thread only.
 */
final class ReadAhead {

    private static final long NONE = -1;

    private long article = NONE;
    private Optional<ArticleSuggestions> read = Optional.empty();

    /** A read for {@code articleId} starts; whatever an earlier one gave is dropped. */
    void start(long articleId) {
        article = articleId;
        read = Optional.empty();
    }

    /** Tells whether a read for {@code articleId} is under way or done and not yet taken. */
    boolean waitsFor(long articleId) {
        return article != NONE && article == articleId;
    }

    /** Keeps what the read for {@code articleId} gave; returns false if that read is no longer wanted. */
    boolean arrived(long articleId, ArticleSuggestions suggestions) {
        if (!waitsFor(articleId)) {
            return false;
        }
        read = Optional.of(suggestions);
        return true;
    }

    /**
     * Takes what the read for {@code articleId} gave, if it is done, and forgets it; when it is not
     * done yet, it stays awaited and {@link #arrived} keeps it.
     */
    Optional<ArticleSuggestions> take(long articleId) {
        Optional<ArticleSuggestions> taken = waitsFor(articleId) ? read : Optional.empty();
        if (taken.isPresent()) {
            forget();
        }
        return taken;
    }

    /** Drops the read, done or not: the library changed or another opened, so what it gives is stale. */
    void forget() {
        article = NONE;
        read = Optional.empty();
    }
}
