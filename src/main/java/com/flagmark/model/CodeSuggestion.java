package com.flagmark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A code proposed for a passage of an article, as the library keeps it for review: where it
 * stands, the code by its path, the attributes already filled in under the codebook's names, the
 * evidence a reviewer judges it by, and its tier. A suggestion is not an annotation: accepting
 * it makes one.
 *
 * @param id the suggestion's id, 0 for one not stored yet; ids change when an article's
 *     suggestions are computed again
 * @param start the offset of the passage in code points of the canonical text
 * @param end the offset just after it
 * @param exact the text between {@code start} and {@code end}
 * @param code the code's path: 地区, 措施/约谈问责, 成效/复工复产
 * @param attributes attribute values by name, in the order the pass gave them
 * @param evidence why it was suggested, by name, in a stable order: {@code cue} (the cue word),
 *     {@code gazetteer}, {@code name} and {@code form} (the entry a region is linked to and the
 *     form of its name the text used), {@code resolvedBy} (the place, or the source's province,
 *     that settled an ambiguous name), {@code figure} (an outcome's figure as written)
 * @param candidates the divisions an ambiguous region may stand for, for the reviewer to choose
 *     from; empty when the region is linked or for other kinds
 * @param target whether an outcome's figure is a target (力争, 计划, 目标) rather than a result
 */
public record CodeSuggestion(long id, long articleId, int start, int end, String exact, String code,
        Map<String, String> attributes, Map<String, String> evidence, Tier tier, List<Candidate> candidates,
        boolean target) {

    /** How strongly the text supports a suggestion; a reviewer may hide the low tier. */
    public enum Tier {
        HIGH, LOW;

        /** Returns the lower-case name the command line and the library use: {@code high}, {@code low}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A division an ambiguous region may stand for.
     *
     * @param gazetteer its code in the gazetteer (370702 for 潍城区)
     * @param name its full name
     * @param level its level, as the codebook's {@code level} choices name it
     * @param within the names of its ancestors, farthest first, such as {@code 山东省 潍坊市}
     */
    public record Candidate(String gazetteer, String name, String level, String within) {

        public Candidate {
            Objects.requireNonNull(gazetteer, "gazetteer");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(within, "within");
        }
    }

    public CodeSuggestion {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(tier, "tier");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        candidates = List.copyOf(candidates);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A suggestion spans at least one character: " + start + "–" + end);
        }
    }

    /** Tells whether the reviewer is to choose what the passage stands for among several divisions. */
    public boolean ambiguous() {
        return candidates.size() > 1;
    }

    /** Returns this suggestion with another id and article, as stored. */
    public CodeSuggestion stored(long storedId, long storedArticleId) {
        return new CodeSuggestion(storedId, storedArticleId, start, end, exact, code, attributes, evidence, tier,
                candidates, target);
    }
}
