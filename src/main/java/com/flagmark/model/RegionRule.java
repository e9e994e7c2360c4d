package com.flagmark.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which regions an article stands for when passages are counted or filtered by region: every
 * region coded in it, or only its main region, the one coded most often (at the level being
 * looked at), ties going to the one that appears first.
 */
public enum RegionRule {
    /** Every region coded in the article; an article of two regions counts in both. */
    ANY,
    /** The region coded most often in the article, ties broken by order of appearance. */
    MAIN;

    /** Returns the lower-case name used on the command line and in JSON: {@code any} or {@code main}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the rule with this {@link #id()}, if there is one. */
    public static Optional<RegionRule> fromId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id().equals(id)).findFirst();
    }
}
