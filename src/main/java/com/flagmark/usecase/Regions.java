package com.flagmark.usecase;

import com.flagmark.model.FlagmarkException;
import com.flagmark.nlp.region.Division;
import com.flagmark.nlp.region.DivisionLevel;
import com.flagmark.nlp.region.Gazetteer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The gazetteer as an analysis uses it: a division found by code or name, rolled up through its
 * parent chain to a level (寒亭区 370703 → 潍坊市 370700 → 山东省 370000), and shown by name.
 */
final class Regions {

    private final Gazetteer gazetteer;

    Regions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Finds a division by its code (370700), full name (潍坊市) or, for a province, short name (山东).
     *
     * @throws FlagmarkException if no division has it, or several share the name
     */
    Division resolve(String codeOrName) {
        String wanted = codeOrName.strip();
        Optional<Division> byCode = gazetteer.division(wanted);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        List<Division> named = gazetteer.named(wanted);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new RefusedFilter("Several divisions are called " + wanted + " ("
                    + named.stream().map(division -> division.code() + " " + region(division).label())
                            .collect(Collectors.joining(", ")) + "); give its code instead.");
        }
        return gazetteer.province(wanted).orElseThrow(() -> new RefusedFilter("There is no division "
                + wanted + " in the gazetteer; give a GB/T 2260 code such as 370700, or a full name such as 潍坊市."));
    }

    /** Returns the level a division is at, if it is one a table's rows can be at. */
    static Optional<RegionLevel> levelOf(Division division) {
        return switch (division.level()) {
            case PROVINCE -> Optional.of(RegionLevel.PROVINCE);
            case PREFECTURE -> Optional.of(RegionLevel.PREFECTURE);
            case COUNTY, ZONE -> Optional.of(RegionLevel.COUNTY);
            case TOWNSHIP -> Optional.empty();
        };
    }

    /**
     * Returns, for each level ({@link RegionLevel#id()}), the code of the division at that level the
     * division with this code lies in; empty if the gazetteer lacks the code.
     */
    Map<String, String> levels(String code) {
        Map<String, String> levels = new HashMap<>();
        gazetteer.division(code).ifPresent(division -> {
            for (RegionLevel level : RegionLevel.values()) {
                at(division, level).ifPresent(row -> levels.put(level.id(), row.code()));
            }
        });
        return levels;
    }

    /** Returns the division at {@code level} a division lies in, itself if it is at that level. */
    Optional<Division> at(Division division, RegionLevel level) {
        return switch (level) {
            case PROVINCE -> Optional.of(gazetteer.provinceOf(division));
            case PREFECTURE -> gazetteer.prefectureOf(division);
            case COUNTY -> isCountyLike(division) ? Optional.of(division)
                    : gazetteer.ancestors(division).stream().filter(Regions::isCountyLike).findFirst();
        };
    }

    /** Returns the division with this code as an analysis shows it; a code the gazetteer lacks shows as itself. */
    Region region(String code) {
        return gazetteer.division(code).map(this::region).orElse(new Region(code, code, ""));
    }

    Region region(Division division) {
        List<Division> ancestors = gazetteer.ancestors(division);
        StringBuilder within = new StringBuilder();
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            within.append(within.length() == 0 ? "" : " ").append(ancestors.get(i).name());
        }
        return new Region(division.code(), division.name(), within.toString());
    }

    /** Returns the division with this code, if the gazetteer has it. */
    Optional<Division> division(String code) {
        return gazetteer.division(code);
    }

    private static boolean isCountyLike(Division division) {
        return division.level() == DivisionLevel.COUNTY || division.level() == DivisionLevel.ZONE;
    }
}
