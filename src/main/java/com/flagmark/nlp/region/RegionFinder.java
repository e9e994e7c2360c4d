package com.flagmark.nlp.region;

import com.flagmark.nlp.SegmentedText;
import com.flagmark.nlp.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the regions an article's text names and links them to the gazetteer. Full names and
 * short forms are found in one scan; each is kept only on word boundaries, outside the names of
 * companies and institutions, roads and landforms (苏州路, 山东半岛), and not as the tail of
 * another place's name (东明 in 济南东明). Townships written without 镇 or 乡 are found in the
 * stories of their counties.
 * Development zones take their division's link; ambiguous names are narrowed by the other places
 * and the source's province, and what stays ambiguous is returned with its candidates. A village
 * HanLP recognises right after a township (朱家村 in 荷花路街道朱家村) is added in the low tier.
 *
 * <p>The gazetteer and its index load on the first call (see {@link Gazetteer#shared()}); a
 * finder is safe to share between threads.
 */
public final class RegionFinder {

    /** Returns the mentions of regions in {@code text}, in text order, when the source's province is unknown. */
    public List<RegionMention> find(String text) {
        return find(text, Optional.empty());
    }

    /**
     * Returns the mentions of regions in {@code text}, an article's canonical text, in text order.
     * Offsets count code points, as anchors do.
     *
     * @param sourceProvince the province of the article's source (大众日报 is 山东's), which decides
     *     between names that the article alone leaves ambiguous
     */
    public List<RegionMention> find(String text, Optional<Division> sourceProvince) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceProvince, "sourceProvince");
        return find(text, sourceProvince, Boundaries.INSTANCE);
    }

    /**
     * Returns the mentions of regions in the text that {@code words} cut, as {@link #find(String,
     * Optional)} does, reading those words first where a name might run into a word: faster
     * when the suggestion pass has segmented the text anyway.
     */
    public List<RegionMention> find(SegmentedText words, Optional<Division> sourceProvince) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(sourceProvince, "sourceProvince");
        return find(words.text(), sourceProvince, Boundaries.INSTANCE.with(words));
    }

    private List<RegionMention> find(String text, Optional<Division> sourceProvince, WordBoundaries boundaries) {
        PlaceIndex index = PlaceIndex.shared();
        Gazetteer gazetteer = index.gazetteer();
        List<Found> found = matches(text, index, boundaries);
        boolean[] inName = insideNames(text, found, gazetteer);
        List<Found> places = new ArrayList<>();
        List<Found> named = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            (inName[i] ? named : places).add(found.get(i));
        }
        places = withoutNamesSeenInCompanies(text, places, named);
        places = FeatureNames.without(text, places, gazetteer);
        places = joinedNames(places, gazetteer);
        places = withZones(text, places);
        List<Found> all = new ArrayList<>(places);
        all.addAll(named);
        List<Found> resolved = new Ambiguity(gazetteer).resolve(all, sourceProvince);
        List<Found> linked = resolved.subList(0, places.size());
        List<Found> result = new ArrayList<>(linked);
        result.addAll(withZones(text, ContextForms.shared().find(text, linked, boundaries)));
        result.addAll(UnnamedZones.find(text, linked, resolved, sourceProvince, gazetteer, boundaries));
        result.addAll(Recognizer.INSTANCE.after(text, linked));
        result.sort(Comparator.comparingInt(Found::start));
        return mentions(text, result, new Support(resolved, sourceProvince, gazetteer));
    }

    private static List<Found> matches(String text, PlaceIndex index, WordBoundaries boundaries) {
        List<Hit> hits = new ArrayList<>();
        index.scan(text.toCharArray(), (start, end, names) -> hits.add(new Hit(start, end, names)));
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Found> accepted = new ArrayList<>();
        int covered = 0;
        for (Hit hit : hits) {
            if (hit.start() < covered) {
                continue;
            }
            List<PlaceName> names = preferred(hit.names());
            boolean fullName = names.get(0).form() == NameForm.FULL && hit.end() - hit.start() > 2;
            if (names.get(0).needsParent()) {
                names = underPrevious(names, accepted, hit.start(), index.gazetteer());
            }
            // A zone's kind right after a name (黄石 + 临空经济区) makes it a place whatever a segmenter reads
            // across it (黄石临, a person).
            boolean zoneFollows = ZoneNames.kindAt(text, hit.end());
            if (!names.isEmpty() && (zoneFollows || boundaries.standsAlone(text, hit.start(), hit.end(), fullName))) {
                accepted.add(Found.matched(hit.start(), hit.end(), names));
                covered = hit.end();
            }
        }
        return accepted;
    }

    /** Full names before short forms: 朝阳区 in the text means the districts of that name, not 朝阳市. */
    private static List<PlaceName> preferred(PlaceName[] names) {
        List<PlaceName> full = new ArrayList<>(names.length);
        for (PlaceName name : names) {
            if (name.form() == NameForm.FULL) {
                full.add(name);
            }
        }
        return full.isEmpty() ? List.of(names) : full;
    }

    private static List<PlaceName> underPrevious(List<PlaceName> names, List<Found> accepted, int start,
            Gazetteer gazetteer) {
        if (accepted.isEmpty() || accepted.get(accepted.size() - 1).end() != start) {
            return List.of();
        }
        Found previous = accepted.get(accepted.size() - 1);
        return names.stream().filter(name -> previous.names().stream()
                .anyMatch(parent -> name.division().parent().equals(parent.division().code()))).toList();
    }

    /**
     * Marks the places that begin a company's or institution's name. A province or prefecture right
     * after a place starts a new name (东营市垦利区胜坨镇山东艾蒙特新材料公司: the company is 山东's
     * name, 胜坨镇 is where it is).
     */
    private static boolean[] insideNames(String text, List<Found> found, Gazetteer gazetteer) {
        boolean[] inName = new boolean[found.size()];
        for (int i = 0; i < found.size(); i++) {
            Found place = found.get(i);
            boolean newNameFollows = i + 1 < found.size() && startsNewName(place, found.get(i + 1), gazetteer);
            inName[i] = !newNameFollows && OrganizationNames.begins(text, place.start(), place.end());
        }
        for (int i = 1; i < found.size(); i++) {
            // A place inside a company's name after its first place (山东潍坊润丰化工) belongs to it too.
            inName[i] |= inName[i - 1] && found.get(i - 1).end() == found.get(i).start();
        }
        return inName;
    }

    private static boolean startsNewName(Found place, Found next, Gazetteer gazetteer) {
        return next.start() == place.end()
                && next.level().compareTo(DivisionLevel.PREFECTURE) <= 0
                && !within(next, place, gazetteer);
    }

    /**
     * Narrows a place written right after another to the divisions inside it (北京朝阳 is 北京's
     * 朝阳区), and drops a county's short form that follows an unrelated place: 济南东明 is a
     * company's name, not 菏泽's 东明县.
     */
    private static List<Found> joinedNames(List<Found> places, Gazetteer gazetteer) {
        List<Found> kept = new ArrayList<>(places.size());
        for (Found place : places) {
            Found previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (previous == null || previous.end() != place.start()) {
                kept.add(place);
                continue;
            }
            List<PlaceName> inside = place.names().stream().filter(name -> previous.names().stream()
                    .anyMatch(outer -> gazetteer.contains(outer.division(), name.division()))).toList();
            if (!inside.isEmpty()) {
                Optional<Resolution> why = previous.ambiguous() ? Optional.empty()
                        : Optional.of(new Resolution(previous.names().get(0).division(), false));
                kept.add(inside.size() < place.names().size() ? place.narrowed(inside, why) : place);
            } else if (place.form() != NameForm.SHORT || place.level() != DivisionLevel.COUNTY) {
                kept.add(place);
            }
        }
        return kept;
    }

    private static boolean within(Found inner, Found outer, Gazetteer gazetteer) {
        return inner.names().stream().anyMatch(name -> outer.names().stream()
                .anyMatch(place -> gazetteer.contains(place.division(), name.division())));
    }

    /** Extends a place followed by a zone's kind into the zone (金华 + 开发区), which swallows what it covers. */
    private static List<Found> withZones(String text, List<Found> places) {
        List<Found> result = new ArrayList<>(places.size());
        int covered = 0;
        for (Found place : places) {
            if (place.start() < covered) {
                continue;
            }
            // A zone is not extended again, but a farm listed as one is (八五二农场 + 工业园区).
            boolean zoneAlready = place.level() == DivisionLevel.ZONE
                    && ZoneNames.endsInAKind(text.substring(place.start(), place.end()));
            OptionalInt zoneEnd = zoneAlready ? OptionalInt.empty() : ZoneNames.after(text, place.end());
            boolean countyBefore = place.form() == NameForm.FULL && place.level() == DivisionLevel.COUNTY;
            if (zoneEnd.isPresent() && countyBefore && !ZoneNames.kindAt(text, place.end())) {
                result.add(place);
                result.add(ownNamedZone(place, zoneEnd.getAsInt()));
            } else {
                result.add(zoneEnd.isPresent() ? place.asZone(zoneEnd.getAsInt()) : place);
            }
            covered = result.get(result.size() - 1).end();
        }
        return result;
    }

    /**
     * A zone with a name of its own after a county's full name (津南区 + 八里台工业区): the county
     * stays a place, and the zone, linked to it, begins after it. After a city's name, a zone's
     * own name and kind make one name with it (抚州金巢经济开发区).
     */
    private static Found ownNamedZone(Found place, int zoneEnd) {
        Optional<Resolution> why = place.ambiguous() ? Optional.empty()
                : Optional.of(new Resolution(place.names().get(0).division(), false));
        List<PlaceName> names = place.names().stream()
                .map(name -> new PlaceName(name.division(), NameForm.UNNAMED, false)).toList();
        return new Found(place.end(), zoneEnd, names, DivisionLevel.ZONE, why, NameForm.UNNAMED);
    }

    /**
     * Drops a place written as it was inside a company's name elsewhere in the article: after
     * 金华市新华齿轮有限公司, 新华齿轮 is the company again, not 新华区.
     */
    private static List<Found> withoutNamesSeenInCompanies(String text, List<Found> places, List<Found> named) {
        if (named.isEmpty()) {
            return places;
        }
        Set<String> seen = new HashSet<>();
        for (Found place : named) {
            seen.add(withNextTwo(text, place));
        }
        return places.stream().filter(place -> !seen.contains(withNextTwo(text, place))).toList();
    }

    private static String withNextTwo(String text, Found place) {
        return text.substring(place.start(), Math.min(text.length(), place.end() + 2));
    }

    private static List<RegionMention> mentions(String text, List<Found> found, Support support) {
        Gazetteer gazetteer = support.gazetteer();
        CodePoints points = new CodePoints(text);
        List<RegionMention> mentions = new ArrayList<>(found.size());
        for (Found place : found) {
            if (isAStrayCounty(place, support)) {
                continue;
            }
            List<RegionLink> candidates = place.names().stream()
                    .map(name -> new RegionLink(name.division(), name.form(), gazetteer.ancestors(name.division())))
                    .toList();
            mentions.add(new RegionMention(points.at(place.start()), points.at(place.end()),
                    text.substring(place.start(), place.end()), place.level(), candidates, place.resolution(),
                    tier(place)));
        }
        return mentions;
    }

    /**
     * A county named by its short form far from everything else the article names is not
     * suggested: 龙湖 for a developer, 江南 for the lower Yangtze, 三江 for a motorway, 巴州 for
     * 巴音郭楞 are short forms of counties in other provinces more often than those counties.
     */
    private static boolean isAStrayCounty(Found place, Support support) {
        return place.form() == NameForm.SHORT && place.level() == DivisionLevel.COUNTY && place.names().size() == 1
                && !support.supports(place);
    }

    /** Ambiguous places are low, and so are zones the text alone does not place. */
    private static Tier tier(Found place) {
        if (place.names().size() != 1) {
            return Tier.LOW;
        }
        return switch (place.form()) {
            case FULL, SHORT -> Tier.HIGH;
            case UNNAMED -> place.resolution().filter(why -> !why.sourceProvince()).isPresent() ? Tier.HIGH : Tier.LOW;
            case RECOGNIZED -> Tier.LOW;
        };
    }

    private record Hit(int start, int end, PlaceName[] names) {
    }

    /** The places an article names without doubt, and its source's province. */
    private record Support(List<Found> context, Optional<Division> sourceProvince, Gazetteer gazetteer) {

        /**
         * Tells whether the source, or another place of the article named in full or at the level
         * of a prefecture or above, lies in the same province as {@code place}. Two short forms of
         * counties do not vouch for each other (三江 and 七星 in a story of 黑龙江's roads).
         */
        boolean supports(Found place) {
            Division province = gazetteer.provinceOf(place.names().get(0).division());
            if (sourceProvince.filter(province::equals).isPresent()) {
                return true;
            }
            return context.stream().anyMatch(other -> other.start() != place.start() && other.names().size() == 1
                    && (other.form() != NameForm.SHORT || other.level().compareTo(DivisionLevel.PREFECTURE) <= 0)
                    && gazetteer.provinceOf(other.names().get(0).division()).equals(province));
        }
    }

    /** The segmenter for word boundaries, made on first use. */
    private static final class Boundaries {
        static final WordBoundaries INSTANCE = new WordBoundaries();
    }

    /** HanLP's place recognition, made on first use. */
    private static final class Recognizer {
        static final RecognizedPlaces INSTANCE = new RecognizedPlaces();
    }
}
