package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.PassageCriteria;
import com.flagmark.library.LevelRows;
import com.flagmark.library.RegionRollUp;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.RegionRule;
import com.flagmark.nlp.region.Division;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a user asks for into what the library counts: codes into the sets of codes below
 * them, region names into division codes and the rows of their level, a search into the ids of
 * the articles it finds.
 */
final class Criteria {

    /** The code region annotations carry (or one below it), as suggestions write them. */
    static final String REGION_CODE = "地区";

    private final LibrarySession session;
    private final Codebook codebook;
    private final Regions regions;

    Criteria(LibrarySession session, Regions regions) {
        this.session = session;
        this.codebook = session.codebook();
        this.regions = regions;
    }

    Codebook codebook() {
        return codebook;
    }

    Regions regions() {
        return regions;
    }

    /**
     * Returns the library's criteria for a filter.
     *
     * @throws FlagmarkException if a code or region is unknown, or the regions are not of one level
     */
    PassageCriteria of(PassageFilter filter) {
        Optional<PassageCriteria.RegionFilter> region = filter.regions().isEmpty() ? Optional.empty()
                : Optional.of(regionFilter(filter.regions(), filter.rule()));
        Optional<PassageCriteria.CoOccurrence> together = filter.togetherWith().map(code ->
                new PassageCriteria.CoOccurrence(subtrees(List.of(code)), filter.within()));
        return new PassageCriteria(subtrees(filter.codeIds()), region, filter.from(), filter.to(), filter.source(),
                filter.coder(), filter.quoteText(), filter.query().map(query -> Set.copyOf(session.matchingIds(query))),
                together);
    }

    /**
     * Returns how articles stand for rows at a level, having first brought each article's regions
     * up to date with the region annotations written since they were last counted.
     */
    LevelRows rows(RegionLevel level, RegionRule rule) {
        Map<String, Map<String, String>> levels = new HashMap<>();
        session.analysis().catchUpRegions(new RegionRollUp(regionCodeIds(),
                code -> levels.computeIfAbsent(code, regions::levels)));
        return new LevelRows(level.id(), rule);
    }

    /**
     * Returns the columns of a table: the children of a single code that has them (措施 gives its
     * measures), else each code given; each column counts its code and those below it.
     */
    List<Code> columns(List<Long> codeIds) {
        List<Code> chosen = codeIds.stream().map(this::code).toList();
        if (chosen.size() == 1 && !codebook.children(chosen.get(0).id()).isEmpty()) {
            return codebook.children(chosen.get(0).id());
        }
        return chosen;
    }

    /** Returns, for each code the columns take in, the key of its column: the column's code id. */
    Map<Long, String> columnOf(List<Code> columns) {
        Map<Long, String> columnOf = new LinkedHashMap<>();
        for (Code column : columns) {
            codebook.subtree(column.id()).forEach(code -> columnOf.putIfAbsent(code.id(), String.valueOf(column.id())));
        }
        return columnOf;
    }

    /** Returns the ids of these codes and of every code below them. */
    Set<Long> subtrees(List<Long> codeIds) {
        Set<Long> ids = new HashSet<>();
        for (long id : codeIds) {
            codebook.subtree(code(id).id()).forEach(code -> ids.add(code.id()));
        }
        return ids;
    }

    /** Returns the codes region annotations carry: 地区 and those below it; none if the codebook has no 地区. */
    Set<Long> regionCodeIds() {
        return codebook.roots().stream().filter(root -> root.name().equals(REGION_CODE)).findFirst()
                .map(root -> subtrees(List.of(root.id()))).orElse(Set.of());
    }

    private PassageCriteria.RegionFilter regionFilter(List<String> wanted, RegionRule rule) {
        List<Division> divisions = wanted.stream().map(regions::resolve).toList();
        Set<RegionLevel> levels = divisions.stream().map(division -> Regions.levelOf(division).orElseThrow(() ->
                new RefusedFilter(division.name() + " is a township; filter by its county, prefecture or province.")))
                .collect(Collectors.toSet());
        if (levels.size() > 1) {
            throw new RefusedFilter("Give regions of one level (provinces, prefectures or counties), not "
                    + divisions.stream().map(Division::name).collect(Collectors.joining(" and ")) + " together.");
        }
        return new PassageCriteria.RegionFilter(rows(levels.iterator().next(), rule),
                divisions.stream().map(Division::code).collect(Collectors.toSet()));
    }

    private Code code(long id) {
        return codebook.find(id).orElseThrow(() -> new RefusedFilter("There is no code " + id + " in the codebook."));
    }
}
