package com.flagmark.usecase;

import java.util.List;
import java.util.Objects;

/**
 * An article's suggestions as far as they could be had at once: all of them, stored, or, while
 * the gazetteer is still loading, its measures and outcomes alone, computed and not stored, for
 * the complete list to replace (see {@link Suggestions#atOnce}).
 *
 * @param suggestions the suggestions with their statuses, in text order
 * @param complete whether these are all of the article's suggestions; a partial list's ids are
 *     its own, numbered from 1, and name nothing in the library
 */
public record ArticleSuggestions(List<ReviewedSuggestion> suggestions, boolean complete) {

    public ArticleSuggestions {
        suggestions = List.copyOf(Objects.requireNonNull(suggestions, "suggestions"));
    }
}
