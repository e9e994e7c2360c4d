package com.flagmark.nlp.suggest;

import com.flagmark.nlp.Tier;
import com.flagmark.nlp.region.RegionLink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A code the suggestion pass proposes for a passage of an article, with the attributes already
 * filled in under the codebook's names and the evidence for it.
 *
 * @param code the code's path: 地区 for a region, 措施/约谈问责, 成效/复工复产
 * @param start the offset of the passage in the canonical text, in code points
 * @param end the offset just after it
 * @param exact the text between {@code start} and {@code end}
 * @param attributes the code's attributes by name, in a stable order: {@code gazetteer} and
 *     {@code level} for a region; {@code colour} and {@code cycle} where a measure's words say
 *     them; {@code indicator}, {@code value} (the lower end of a range),
 *     {@code unit} and {@code asOf} (an ISO date) for an outcome
 * @param candidates the divisions a region may stand for: one when linked, several for the
 *     reviewer to choose from when the article leaves it ambiguous; empty for other kinds
 * @param target whether an outcome's figure is a target (力争, 计划, 目标) rather than a result
 */
public record Suggestion(String code, int start, int end, String exact, Map<String, String> attributes,
        Evidence evidence, Tier tier, List<RegionLink> candidates, boolean target) {

    public Suggestion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(tier, "tier");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        candidates = List.copyOf(candidates);
    }
}
