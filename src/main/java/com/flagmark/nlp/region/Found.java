package com.flagmark.nlp.region;

import java.util.List;
import java.util.Optional;

/**
 * A place name the finder is working on, with Java string offsets: the names it may stand for,
 * the level of what it names, and why one name was chosen if it was. Becomes a
 * {@link RegionMention} once the finder is done.
 */
record Found(int start, int end, List<PlaceName> names, DivisionLevel level, Optional<Resolution> resolution,
        NameForm form) {

    Found {
        names = List.copyOf(names);
    }

    /** A name as the gazetteer matched it: the level of its divisions, no resolution yet. */
    static Found matched(int start, int end, List<PlaceName> names) {
        return new Found(start, end, names, names.get(0).division().level(), Optional.empty(), names.get(0).form());
    }

    boolean ambiguous() {
        return names.size() > 1;
    }

    /** The same name with fewer candidates; a zone stays a zone, a name takes its first candidate's level. */
    Found narrowed(List<PlaceName> kept, Optional<Resolution> why) {
        DivisionLevel narrowedLevel = level == DivisionLevel.ZONE || kept.isEmpty()
                ? level : kept.get(0).division().level();
        return new Found(start, end, kept, narrowedLevel, kept.size() == 1 ? why : resolution, form);
    }

    Found asZone(int zoneEnd) {
        return new Found(start, zoneEnd, names, DivisionLevel.ZONE, resolution, form);
    }
}
