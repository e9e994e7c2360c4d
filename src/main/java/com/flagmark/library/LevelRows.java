package com.flagmark.library;

import com.flagmark.model.RegionRule;
import java.util.Objects;
import java.util.Set;

/**
 * How articles stand for the rows of a table of regions at one level, read from each article's
 * regions kept on write ({@code article_regions}): under {@link RegionRule#ANY} an article stands
 * for every division at the level its region annotations roll up to, under {@link RegionRule#MAIN}
 * for the one counted most often, ties going to the one that appears first.
 *
 * @param level {@link #PROVINCE}, {@link #PREFECTURE} or {@link #COUNTY}
 */
public record LevelRows(String level, RegionRule rule) {

    public static final String PROVINCE = "province";
    public static final String PREFECTURE = "prefecture";
    public static final String COUNTY = "county";

    public LevelRows {
        if (!Set.of(PROVINCE, PREFECTURE, COUNTY).contains(level)) {
            throw new IllegalArgumentException("No level " + level);
        }
        Objects.requireNonNull(rule, "rule");
    }

    /** The condition on {@code article_regions} under alias {@code alias} that picks this level's rows. */
    String condition(String alias) {
        return alias + ".level = '" + level + "'" + (rule == RegionRule.MAIN ? " AND " + alias + ".main = 1" : "");
    }
}
