package com.flagmark.nlp.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the province an article's source belongs to, for the region finder to settle names the
 * article alone leaves ambiguous: a newspaper or site named after its place (潍坊日报 → 潍坊 →
 * 山东省, 浙江在线 → 浙江省), or else a folder or file name that starts with a place (山东/…,
 * 金华新闻/…). A name that stands for places in several provinces says nothing.
 */
public final class SourcePlaces {

    private static final Pattern SEGMENTS = Pattern.compile("[/\\\\]");
    private static final int LONGEST_NAME = 12;

    /** Every province's, prefecture's and county's full and short name, with the province it lies in (empty if several). */
    private final Map<String, Optional<Division>> provinceByName;

    private SourcePlaces(Gazetteer gazetteer) {
        this.provinceByName = names(gazetteer);
    }

    /** Returns the finder over the gazetteer shipped in the jar, reading it on the first call. */
    public static SourcePlaces shared() {
        return Holder.INSTANCE;
    }

    /**
     * Returns the province a source's name, or else the path of the file an article came from,
     * names by its first words; empty when neither starts with a place of one province.
     */
    public Optional<Division> province(Optional<String> source, String path) {
        Optional<Division> bySource = source.flatMap(this::startingWith);
        if (bySource.isPresent()) {
            return bySource;
        }
        List<String> segments = List.of(SEGMENTS.split(path));
        for (int i = segments.size() - 1; i >= 0; i--) {
            Optional<Division> bySegment = startingWith(segments.get(i));
            if (bySegment.isPresent()) {
                return bySegment;
            }
        }
        return Optional.empty();
    }

    /** The province of the longest place name {@code text} starts with. */
    private Optional<Division> startingWith(String text) {
        for (int length = Math.min(LONGEST_NAME, text.length()); length >= 2; length--) {
            Optional<Division> province = provinceByName.get(text.substring(0, length));
            if (province != null) {
                return province;
            }
        }
        return Optional.empty();
    }

    private static Map<String, Optional<Division>> names(Gazetteer gazetteer) {
        Map<String, Optional<Division>> byName = new HashMap<>();
        for (Division division : gazetteer.divisions()) {
            if (division.level() == DivisionLevel.TOWNSHIP || division.level() == DivisionLevel.ZONE) {
                continue;
            }
            Division province = gazetteer.provinceOf(division);
            add(byName, division.name(), province);
            ShortForms.of(division).ifPresent(name -> add(byName, name, province));
        }
        return byName;
    }

    private static void add(Map<String, Optional<Division>> byName, String name, Division province) {
        byName.merge(name, Optional.of(province), (before, now) -> before.equals(now) ? before : Optional.empty());
    }

    private static final class Holder {
        private static final SourcePlaces INSTANCE = new SourcePlaces(Gazetteer.shared());
    }
}
