package com.flagmark.library;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which coded passages an analysis looks at. Every part that is present must hold; an article
 * without a date is outside every date range.
 *
 * @param codeIds passages carrying at least one of these codes (subtrees already expanded); empty for any code
 * @param region passages in articles that stand for one of the wanted regions
 * @param from the first publication date (inclusive), on the source's own calendar
 * @param to the last publication date (inclusive)
 * @param source the exact source of the article
 * @param coder the exact coder of the passage
 * @param quoteText text the passage's quote contains
 * @param articleIds passages of these articles only, such as those a search finds
 * @param together passages in articles that also have a passage with one of another set of codes
 */
public record PassageCriteria(Set<Long> codeIds, Optional<RegionFilter> region, Optional<LocalDate> from,
        Optional<LocalDate> to, Optional<String> source, Optional<String> coder, Optional<String> quoteText,
        Optional<Set<Long>> articleIds, Optional<CoOccurrence> together) {

    /** Every passage of the library. */
    public static final PassageCriteria ALL = new PassageCriteria(Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public PassageCriteria {
        codeIds = Set.copyOf(codeIds);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(quoteText, "quoteText");
        articleIds = articleIds.map(Set::copyOf);
        Objects.requireNonNull(together, "together");
    }

    /** Returns these criteria for passages carrying one of these codes only. */
    public PassageCriteria withCodes(Set<Long> codes) {
        return new PassageCriteria(codes, region, from, to, source, coder, quoteText, articleIds, together);
    }

    /**
     * Passages in articles that stand for one of the wanted regions, under the regions' rows.
     *
     * @param rows the level of the wanted regions, and which rule picks an article's rows there
     * @param wanted the division codes at that level an article must stand for (one of them)
     */
    public record RegionFilter(LevelRows rows, Set<String> wanted) {

        public RegionFilter {
            Objects.requireNonNull(rows, "rows");
            wanted = Set.copyOf(wanted);
        }
    }

    /**
     * Passages in articles that also have a passage carrying one of {@code codeIds} (a passage
     * carrying both counts), anywhere in the article or, with {@code within}, at most that many
     * characters away from it.
     */
    public record CoOccurrence(Set<Long> codeIds, OptionalInt within) {

        public CoOccurrence {
            codeIds = Set.copyOf(codeIds);
            Objects.requireNonNull(within, "within");
        }
    }
}
