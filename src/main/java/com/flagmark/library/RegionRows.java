package com.flagmark.library;

import com.flagmark.model.RegionRule;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the region annotations of an article make it stand for rows of a table: each annotation
 * carrying one of {@code regionCodeIds} whose {@code gazetteer} attribute is a key of
 * {@code rowOf} counts for that key's row (its division rolled up to the table's level); under
 * {@link RegionRule#ANY} the article stands for every such row, under {@link RegionRule#MAIN}
 * for the row counted most often, ties going to the one whose first annotation comes first.
 */
public record RegionRows(Set<Long> regionCodeIds, Map<String, String> rowOf, RegionRule rule) {

    /** The attribute that holds a region annotation's division code. */
    public static final String GAZETTEER_ATTRIBUTE = "gazetteer";

    public RegionRows {
        regionCodeIds = Set.copyOf(regionCodeIds);
        rowOf = Map.copyOf(rowOf);
        Objects.requireNonNull(rule, "rule");
    }
}
