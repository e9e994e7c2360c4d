package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.Passage;
import com.flagmark.library.PassageOrder;
import com.flagmark.library.RegionRows;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.RegionRule;
import com.flagmark.nlp.region.Division;
import com.flagmark.nlp.region.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcomes table: every passage coded with an outcome (成效 or a code below it, unless the
 * filter names other codes) as one row of region, date, indicator, value, unit and as-of date,
 * ready for R or Stata. The region is the article's main region: the division coded most often
 * in it, ties going to the first.
 */
public final class OutcomeTable {

    /** The category of outcome codes. */
    static final String OUTCOME_CODE = "成效";
    /** How many passages are read at a time. */
    private static final int BATCH = 2_000;

    private final LibrarySession session;

    public OutcomeTable(LibrarySession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Returns the outcome rows of the passages that pass the filter, by article date, article and position. */
    public List<OutcomeRow> rows(PassageFilter filter) {
        Regions regions = new Regions(Gazetteer.shared());
        Criteria criteria = new Criteria(session, regions);
        Codebook codebook = criteria.codebook();
        PassageFilter outcomes = filter.codeIds().isEmpty() ? filter.withCodes(codebook.roots().stream()
                .filter(root -> root.name().equals(OUTCOME_CODE)).map(Code::id).toList()) : filter;
        if (outcomes.codeIds().isEmpty()) {
            return List.of();
        }
        List<Long> ids = session.analysis().ids(criteria.of(outcomes), PassageOrder.DATE, false, Map.of());
        RegionRows byDivision = divisions(criteria);
        Set<Long> outcomeCodes = criteria.subtrees(outcomes.codeIds());
        List<OutcomeRow> rows = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Passage> passages = session.analysis().passages(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            Map<Long, String> mainRegion = session.analysis().rowsOf(passages.stream()
                    .map(passage -> passage.annotation().articleId()).collect(Collectors.toSet()), byDivision);
            for (Passage passage : passages) {
                rows.add(row(passage, Optional.ofNullable(mainRegion.get(passage.annotation().articleId()))
                        .flatMap(regions::division), regions, codebook, outcomeCodes));
            }
        }
        return rows;
    }

    /** Returns the rows of an article's regions as coded, each division a row of its own. */
    private RegionRows divisions(Criteria criteria) {
        Set<Long> regionCodes = criteria.regionCodeIds();
        List<String> inUse = regionCodes.isEmpty() ? List.of() : session.analysis().regionCodesInUse(regionCodes);
        return new RegionRows(regionCodes, inUse.stream().collect(Collectors.toMap(Function.identity(),
                Function.identity())), RegionRule.MAIN);
    }

    private static OutcomeRow row(Passage passage, Optional<Division> region, Regions regions, Codebook codebook,
            Set<Long> outcomeCodes) {
        Annotation annotation = passage.annotation();
        String code = annotation.codeIds().stream().filter(outcomeCodes::contains).findFirst()
                .flatMap(codebook::find).map(codebook::path).orElse("");
        Map<String, String> values = annotation.attributes();
        return new OutcomeRow(annotation.id(), annotation.articleId(), passage.title(), passage.date(),
                region.map(regions::region),
                region.flatMap(division -> regions.at(division, RegionLevel.PREFECTURE)).map(regions::region),
                region.map(division -> regions.at(division, RegionLevel.PROVINCE).orElseThrow()).map(regions::region),
                code, attribute(values, "indicator"), attribute(values, "value"), attribute(values, "unit"),
                attribute(values, "asOf"), annotation.anchor().exact());
    }

    private static Optional<String> attribute(Map<String, String> values, String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }
}
