package com.flagmark.usecase;

import com.flagmark.model.RegionRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which coded passages a user looks at, as they put it: codes (each with the codes below it),
 * regions at any level (山东省 takes in 潍坊市 and 寒亭区) under a {@link RegionRule}, a date range,
 * source, coder, text in the quote, a search, and another code that must occur in the same
 * article or near the passage. Every part that is given must hold.
 *
 * @param codeIds passages carrying one of these codes or one below them; empty for any
 * @param regions division codes (370700) or names (潍坊市) of one level; empty for any
 * @param rule which of an article's coded regions count for the region filter
 * @param query a full-text search the article must match
 * @param togetherWith a code (with those below it) the article must also have coded
 * @param within with {@code togetherWith}: at most this many characters between the two passages
 */
public record PassageFilter(List<Long> codeIds, List<String> regions, RegionRule rule, Optional<LocalDate> from,
        Optional<LocalDate> to, Optional<String> source, Optional<String> coder, Optional<String> quoteText,
        Optional<String> query, Optional<Long> togetherWith, OptionalInt within) {

    /** Every passage of the library. */
    public static final PassageFilter ALL = new PassageFilter(List.of(), List.of(), RegionRule.ANY, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.empty());

    public PassageFilter {
        codeIds = List.copyOf(codeIds);
        regions = List.copyOf(regions);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        source = source.filter(text -> !text.isBlank());
        coder = coder.filter(text -> !text.isBlank());
        quoteText = quoteText.filter(text -> !text.isEmpty());
        query = query.map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(togetherWith, "togetherWith");
        Objects.requireNonNull(within, "within");
    }

    /** Returns this filter for passages carrying one of these codes (or one below them). */
    public PassageFilter withCodes(List<Long> codes) {
        return new PassageFilter(codes, regions, rule, from, to, source, coder, quoteText, query, togetherWith, within);
    }

    /** Returns this filter for passages in articles of these regions, under this rule. */
    public PassageFilter withRegions(List<String> codesOrNames, RegionRule regionRule) {
        return new PassageFilter(codeIds, codesOrNames, regionRule, from, to, source, coder, quoteText, query,
                togetherWith, within);
    }

    /** Returns this filter for articles dated within these days (each end optional). */
    public PassageFilter withDates(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new PassageFilter(codeIds, regions, rule, first, last, source, coder, quoteText, query, togetherWith,
                within);
    }

    /** Returns this filter for articles of this exact source; empty for any. */
    public PassageFilter withSource(Optional<String> exactSource) {
        return new PassageFilter(codeIds, regions, rule, from, to, exactSource, coder, quoteText, query, togetherWith,
                within);
    }

    /** Returns this filter for passages of this coder; empty for any. */
    public PassageFilter withCoder(Optional<String> exactCoder) {
        return new PassageFilter(codeIds, regions, rule, from, to, source, exactCoder, quoteText, query, togetherWith,
                within);
    }

    /** Returns this filter for passages whose quote contains this text; empty for any. */
    public PassageFilter withQuoteText(Optional<String> text) {
        return new PassageFilter(codeIds, regions, rule, from, to, source, coder, text, query, togetherWith, within);
    }

    /** Returns this filter for articles a full-text search finds; empty for any. */
    public PassageFilter withQuery(Optional<String> search) {
        return new PassageFilter(codeIds, regions, rule, from, to, source, coder, quoteText, search, togetherWith,
                within);
    }

    /** Returns this filter for passages in articles that also have {@code code} coded, anywhere or within N characters. */
    public PassageFilter withTogether(Optional<Long> code, OptionalInt characters) {
        return new PassageFilter(codeIds, regions, rule, from, to, source, coder, quoteText, query, code, characters);
    }
}
