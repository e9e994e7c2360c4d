package com.flagmark.library;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which articles a list or a search shows. Every part that is present must hold; an article
 * without a date is outside every date range.
 *
 * @param source the exact source, such as 大众日报
 * @param from the first publication date shown (inclusive), on the source's own calendar
 * @param to the last publication date shown (inclusive)
 * @param codeId a code: only articles with a passage carrying it, or any code below it
 * @param annotatedOnly whether only articles with at least one annotation are shown
 */
public record ArticleFilter(Optional<String> source, Optional<LocalDate> from, Optional<LocalDate> to,
        Optional<Long> codeId, boolean annotatedOnly) {

    /** Every article. */
    public static final ArticleFilter ALL =
            new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);

    public ArticleFilter {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(codeId, "codeId");
    }

    /** Returns this filter showing only articles from this source. */
    public ArticleFilter withSource(String exactSource) {
        return new ArticleFilter(Optional.of(exactSource), from, to, codeId, annotatedOnly);
    }

    /** Returns this filter showing only articles dated within these days (each end optional). */
    public ArticleFilter withDates(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new ArticleFilter(source, first, last, codeId, annotatedOnly);
    }

    /** Returns this filter showing only articles with a passage coded with this code or one below it. */
    public ArticleFilter withCode(long id) {
        return new ArticleFilter(source, from, to, Optional.of(id), annotatedOnly);
    }

    /** Returns this filter showing only articles with at least one annotation. */
    public ArticleFilter withAnnotatedOnly() {
        return new ArticleFilter(source, from, to, codeId, true);
    }

    /** Tells whether this filter lets every article through. */
    public boolean isAll() {
        return equals(ALL);
    }
}
