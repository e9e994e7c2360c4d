package com.flagmark.nlp.region;

import java.util.List;
import java.util.Objects;

/**
 * A division a region mention may stand for, with the form of its name the text used and its
 * ancestors, nearest first: 寒亭区 has [潍坊市, 山东省], so counts can roll up.
 */
public record RegionLink(Division division, NameForm form, List<Division> ancestors) {

    public RegionLink {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(form, "form");
        ancestors = List.copyOf(ancestors);
    }
}
