package com.flagmark.usecase;

import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Tier;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which suggestions to list or accept in bulk.
 *
 * @param articles the articles' ids; empty for the whole library
 * @param codes code paths; a suggestion of one of them or of a code below one passes; empty for every code
 * @param tier the tier to keep, or empty for both
 * @param statuses the statuses to keep
 * @param attributes attribute values a suggestion must carry, such as {@code gazetteer → 370700}
 */
public record SuggestionQuery(List<Long> articles, List<String> codes, Optional<Tier> tier,
        Set<SuggestionStatus> statuses, Map<String, String> attributes) {

    public SuggestionQuery {
        articles = List.copyOf(articles);
        codes = List.copyOf(codes);
        Objects.requireNonNull(tier, "tier");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        attributes = Map.copyOf(attributes);
    }

    /** Returns the query of every suggestion of the library, whatever its status. */
    public static SuggestionQuery everything() {
        return new SuggestionQuery(List.of(), List.of(), Optional.empty(), EnumSet.allOf(SuggestionStatus.class),
                Map.of());
    }

    /** Returns this query over these articles. */
    public SuggestionQuery inArticles(List<Long> ids) {
        return new SuggestionQuery(ids, codes, tier, statuses, attributes);
    }

    /** Returns this query for these codes and the codes below them. */
    public SuggestionQuery withCodes(List<String> paths) {
        return new SuggestionQuery(articles, paths, tier, statuses, attributes);
    }

    /** Returns this query keeping one tier. */
    public SuggestionQuery withTier(Optional<Tier> kept) {
        return new SuggestionQuery(articles, codes, kept, statuses, attributes);
    }

    /** Returns this query keeping these statuses. */
    public SuggestionQuery withStatuses(Set<SuggestionStatus> kept) {
        return new SuggestionQuery(articles, codes, tier, kept, attributes);
    }

    /** Returns this query keeping suggestions that carry these attribute values. */
    public SuggestionQuery withAttributes(Map<String, String> values) {
        return new SuggestionQuery(articles, codes, tier, statuses, values);
    }

    /** Tells whether a suggestion passes, its status aside. */
    boolean passes(CodeSuggestion suggestion) {
        return (codes.isEmpty() || codes.stream().anyMatch(code -> suggestion.code().equals(code)
                        || suggestion.code().startsWith(code + "/")))
                && tier.map(kept -> kept == suggestion.tier()).orElse(true)
                && attributes.entrySet().stream().allMatch(value ->
                        value.getValue().equals(suggestion.attributes().get(value.getKey())));
    }
}
