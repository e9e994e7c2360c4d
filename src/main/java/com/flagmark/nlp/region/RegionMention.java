package com.flagmark.nlp.region;

import com.flagmark.nlp.Tier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A region named in an article's text. Its evidence is the gazetteer entry and name form of each
 * candidate, and the resolution when other places or the source's province chose among several.
 *
 * @param start code-point offset of the first character in the canonical text
 * @param end code-point offset after the last character
 * @param exact the text between them
 * @param level the level of the region: {@code ZONE} for 金华开发区 even though it links to 金华市;
 *     for candidates of different levels (朝阳 as 朝阳市 or 朝阳区) the first one's, each
 *     candidate's division carrying its own
 * @param candidates the divisions it may stand for: one when linked, several when it stays
 *     ambiguous, none for a place recognised only by HanLP with nothing known around it
 * @param resolution why one candidate was chosen among several, if it was
 */
public record RegionMention(int start, int end, String exact, DivisionLevel level, List<RegionLink> candidates,
        Optional<Resolution> resolution, Tier tier) {

    public RegionMention {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(level, "level");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(tier, "tier");
    }

    /** Returns the division the mention is linked to, unless it stays ambiguous or unknown. */
    public Optional<RegionLink> link() {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
