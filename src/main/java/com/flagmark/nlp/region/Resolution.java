package com.flagmark.nlp.region;

import java.util.Objects;

/**
 * Why an ambiguous name was linked to one division: another place in the article (such as 长春市
 * for 朝阳区) or the province of the article's source.
 *
 * @param by the place that decided
 * @param sourceProvince whether it is the source's province rather than a place in the text
 */
public record Resolution(Division by, boolean sourceProvince) {

    public Resolution {
        Objects.requireNonNull(by, "by");
    }
}
