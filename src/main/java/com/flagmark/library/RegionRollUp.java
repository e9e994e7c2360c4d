package com.flagmark.library;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which annotations are region annotations, and where a division lies at each level: what the
 * library needs to keep each article's regions ({@code article_regions}) from the gazetteer and
 * the codebook, which it does not hold itself.
 *
 * @param regionCodeIds the codes region annotations carry (地区 and those below it)
 * @param levelsOf for a division code, the code of the division it lies in at each level
 *     ({@link LevelRows#PROVINCE}, {@link LevelRows#PREFECTURE}, {@link LevelRows#COUNTY}), itself
 *     at its own level; empty for a code the gazetteer lacks
 */
public record RegionRollUp(Set<Long> regionCodeIds, Function<String, Map<String, String>> levelsOf) {

    public RegionRollUp {
        regionCodeIds = Set.copyOf(regionCodeIds);
        Objects.requireNonNull(levelsOf, "levelsOf");
    }

    /** Returns the division at each level that this division code lies in. */
    public Map<String, String> levels(String division) {
        return levelsOf.apply(division);
    }
}
