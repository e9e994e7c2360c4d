package com.flagmark.usecase;

import com.flagmark.model.ArticleDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded outcome as a row for statistics: where (the article's main region, with the
 * prefecture and province it lies in), when (the article's date), what (indicator, value, unit,
 * as-of date, as the coder gave them) and the passage it stands on.
 *
 * @param code the outcome code's path, such as 成效/复工复产
 */
public record OutcomeRow(long passageId, long articleId, Optional<String> title, Optional<ArticleDate> date,
        Optional<Region> region, Optional<Region> prefecture, Optional<Region> province, String code,
        Optional<String> indicator, Optional<String> value, Optional<String> unit, Optional<String> asOf,
        String quote) {

    public OutcomeRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(quote, "quote");
    }
}
