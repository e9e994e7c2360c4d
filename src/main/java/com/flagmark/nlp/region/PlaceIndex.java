package com.flagmark.nlp.region;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every name the finder looks for, full names and short forms, in one Aho–Corasick automaton, so
 * a text is scanned once whatever the number of names. Compiled from the gazetteer into the jar
 * ({@link CompiledNames}) and read from it on first use.
 */
final class PlaceIndex {

    /**
     * Words that say what kind of place a township-level zone is, not which one: a zone named by
     * them alone (综合保税区, 临空经济区, 种蜂场) is found by its city's name, not its own.
     */
    private static final List<String> KINDS = List.of("开发区", "高新区", "保税区", "经济区", "工业园区", "产业园区",
            "工业园", "园区", "管理区", "集中区", "示范区", "农场", "林场", "牧场", "渔场", "场", "经济", "综合",
            "临空", "临港", "空港", "高新", "工业", "物流", "科技", "产业", "技术");

    private static final int SHORTEST_OWN_NAME = 2;

    /** Names news uses for a province besides its short form: 内蒙 for 内蒙古自治区. */
    private static final Map<String, String> COLLOQUIAL = Map.of("内蒙", "150000");

    /** District names that are also ordinary words for a part of any city: the old town, the new town. */
    private static final Set<String> PARTS_OF_A_CITY = Set.of("老城区", "新城区");

    /** The compiled automaton, beside this class. */
    static final String RESOURCE = "place-names.bin.gz";

    private static final int SHORT_FORM = 1;
    private static final int NEEDS_PARENT = 2;
    private static final int FLAGS = 2;

    private final AhoCorasickDoubleArrayTrie<PlaceName[]> automaton;
    private final Gazetteer gazetteer;

    private PlaceIndex(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<Division> divisions = List.copyOf(gazetteer.divisions());
        this.automaton = CompiledNames.read(RESOURCE, entry -> decode(divisions, entry), PlaceName[]::new);
    }

    /** Compiles the index of {@code gazetteer} into {@code out}, as {@link #RESOURCE} holds it. */
    static void compile(Gazetteer gazetteer, OutputStream out) throws IOException {
        Map<Division, Integer> positions = CompiledNames.positions(gazetteer);
        CompiledNames.write(names(gazetteer), name -> positions.get(name.division()) << FLAGS
                | (name.form() == NameForm.SHORT ? SHORT_FORM : 0) | (name.needsParent() ? NEEDS_PARENT : 0), out);
    }

    private static PlaceName decode(List<Division> divisions, int entry) {
        return new PlaceName(divisions.get(entry >>> FLAGS), (entry & SHORT_FORM) != 0 ? NameForm.SHORT : NameForm.FULL,
                (entry & NEEDS_PARENT) != 0);
    }

    /** Returns the index of the shared gazetteer, reading it on the first call. */
    static PlaceIndex shared() {
        return Holder.INSTANCE;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Reports every name found in {@code text}, overlapping ones included, with Java string offsets. */
    void scan(char[] text, NameHit hits) {
        automaton.parseText(text, (start, end, names) -> hits.found(start, end, names));
    }

    /** Receives the names found by {@link #scan}. */
    @FunctionalInterface
    interface NameHit {
        void found(int start, int end, PlaceName[] names);
    }

    private static TreeMap<String, PlaceName[]> names(Gazetteer gazetteer) {
        Map<String, List<PlaceName>> full = new TreeMap<>();
        Map<String, List<PlaceName>> shortForms = new TreeMap<>();
        Set<String> provinceForms = new HashSet<>();
        for (Division division : gazetteer.divisions()) {
            if (matchable(division)) {
                full.computeIfAbsent(division.name(), name -> new ArrayList<>(1))
                        .add(new PlaceName(division, NameForm.FULL, needsParent(division)));
            }
            ShortForms.of(division).filter(form -> !CommonWords.isOrdinaryWord(form)).ifPresent(form -> {
                shortForms.computeIfAbsent(form, key -> new ArrayList<>(1))
                        .add(new PlaceName(division, NameForm.SHORT, false));
                if (division.level() == DivisionLevel.PROVINCE) {
                    provinceForms.add(form);
                }
            });
        }
        COLLOQUIAL.forEach((form, code) -> gazetteer.division(code).ifPresent(province -> shortForms
                .computeIfAbsent(form, key -> new ArrayList<>(1)).add(new PlaceName(province, NameForm.SHORT, false))));
        TreeMap<String, PlaceName[]> names = new TreeMap<>();
        shortForms.forEach((form, places) -> names.put(form,
                widest(places, provinceForms.contains(form), gazetteer).toArray(PlaceName[]::new)));
        // Where a full name reads like another division's short form, the finder prefers the full name.
        full.forEach((name, places) -> names.merge(name, places.toArray(PlaceName[]::new), PlaceIndex::concat));
        return names;
    }

    /**
     * Keeps, of the divisions sharing a short form, those that news means by it: a province's short
     * form is the province (吉林, 海南, 河南: not 吉林市, 海南藏族自治州, 河南蒙古族自治县), and a
     * division's short form is not also that of the divisions inside it (长沙 is 长沙市, whose
     * 长沙县 is written in full), and a county-level city's is not that of the county of the same
     * name beside it (伊宁 is 伊宁市). Other divisions that do not contain one another stay ambiguous.
     */
    private static List<PlaceName> widest(List<PlaceName> places, boolean province, Gazetteer gazetteer) {
        if (province) {
            return places.stream().filter(place -> place.division().level() == DivisionLevel.PROVINCE).toList();
        }
        List<PlaceName> outermost = places.stream().filter(place -> places.stream().noneMatch(other -> other != place
                && gazetteer.contains(other.division(), place.division()))).toList();
        List<PlaceName> cities = outermost.stream().filter(place -> outermost.stream().anyMatch(other -> other != place
                && isCityBesideItsCounty(place.division(), other.division()))).toList();
        return cities.isEmpty() ? outermost : cities;
    }

    /**
     * Tells whether {@code city} is a county-level city and {@code county} a county of the same
     * name and prefecture (伊宁市 and 伊宁县): the bare name is the city, the county's seat or
     * neighbour, which news names far more often.
     */
    private static boolean isCityBesideItsCounty(Division city, Division county) {
        return city.level() == DivisionLevel.COUNTY && county.level() == DivisionLevel.COUNTY
                && city.name().endsWith("市") && county.name().endsWith("县") && city.parent().equals(county.parent());
    }

    private static PlaceName[] concat(PlaceName[] shortForms, PlaceName[] fullNames) {
        PlaceName[] both = new PlaceName[shortForms.length + fullNames.length];
        System.arraycopy(fullNames, 0, both, 0, fullNames.length);
        System.arraycopy(shortForms, 0, both, fullNames.length, shortForms.length);
        return both;
    }

    private static boolean matchable(Division division) {
        if (division.level() != DivisionLevel.ZONE || division.code().length() <= 6) {
            return true;
        }
        String ownName = division.name();
        if (ownName.endsWith("公司") || ownName.endsWith("集团")) {
            return false;
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String kind : KINDS) {
                if (ownName.endsWith(kind) || ownName.startsWith(kind)) {
                    ownName = ownName.endsWith(kind) ? ownName.substring(0, ownName.length() - kind.length())
                            : ownName.substring(kind.length());
                    stripped = true;
                    break;
                }
            }
        }
        return ownName.length() >= SHORTEST_OWN_NAME;
    }

    /**
     * A name of one character and a suffix (城区, 西区, 东镇) counts only after its parent's name; a
     * county of one character and 县 (徽县, 歙县) is a name of its own.
     */
    private static boolean needsParent(Division division) {
        boolean county = division.level() == DivisionLevel.COUNTY && division.name().endsWith("县");
        return division.name().length() <= 2 && !county || PARTS_OF_A_CITY.contains(division.name());
    }

    /** Builds the index when the class is first touched, once, thread-safely. */
    private static final class Holder {
        static final PlaceIndex INSTANCE = new PlaceIndex(Gazetteer.shared());
    }
}
