package com.flagmark.nlp.region;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Short forms that name a place only where the article has named the place around it: a
 * township's name without 镇 or 乡 (金井 for 金井镇, 小岞 for 小岞镇) in a story that names its
 * county or prefecture, and a short form that is also an ordinary word (富锦) in a story that
 * names the division in full (富锦市). Alone, such forms are too often words or names of other
 * things to be looked for; beside their parent, they are the place. All of them are in one
 * Aho–Corasick automaton, so a text is scanned once, compiled from the gazetteer into the jar
 * ({@link CompiledNames}) and read from it on first use.
 */
final class ContextForms {

    /** Township suffixes, longest first; what is left must keep two characters. */
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("民族乡", "街道", "农场", "林场", "牧场", "苏木",
            "镇", "乡");
    private static final int SHORTEST = 2;

    /** The compiled automaton, beside this class. */
    static final String RESOURCE = "context-forms.bin.gz";

    private final AhoCorasickDoubleArrayTrie<Division[]> automaton;
    private final Gazetteer gazetteer;

    private ContextForms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<Division> divisions = List.copyOf(gazetteer.divisions());
        this.automaton = CompiledNames.read(RESOURCE, divisions::get, Division[]::new);
    }

    /** Compiles the forms of {@code gazetteer} into {@code out}, as {@link #RESOURCE} holds them. */
    static void compile(Gazetteer gazetteer, OutputStream out) throws IOException {
        Map<Division, Integer> positions = CompiledNames.positions(gazetteer);
        CompiledNames.write(forms(gazetteer), positions::get, out);
    }

    private static TreeMap<String, Division[]> forms(Gazetteer gazetteer) {
        Map<String, List<Division>> forms = new TreeMap<>();
        for (Division division : gazetteer.divisions()) {
            Optional<String> form = underACounty(division) ? townshipForm(division)
                    : ShortForms.of(division).filter(CommonWords::isOrdinaryWord);
            form.ifPresent(name -> forms.computeIfAbsent(name, key -> new ArrayList<>(1)).add(division));
        }
        TreeMap<String, Division[]> built = new TreeMap<>();
        forms.forEach((name, divisions) -> built.put(name, divisions.toArray(Division[]::new)));
        return built;
    }

    /** Returns the forms of the shared gazetteer, reading their automaton on the first call. */
    static ContextForms shared() {
        return Holder.INSTANCE;
    }

    /**
     * Returns the places that the short forms of {@code places}' own divisions and of the
     * townships of their counties and prefectures name in {@code text}, outside the places
     * already found.
     */
    List<Found> find(String text, List<Found> places, WordBoundaries boundaries) {
        Set<Division> named = new HashSet<>();
        for (Found place : places) {
            if (place.names().size() == 1 && place.form() != NameForm.RECOGNIZED) {
                named.add(place.names().get(0).division());
            }
        }
        List<Found> hits = new ArrayList<>();
        automaton.parseText(text.toCharArray(), (start, end, divisions) -> {
            List<PlaceName> names = new ArrayList<>(1);
            Division parent = null;
            for (Division division : divisions) {
                Optional<Division> namedParent = namedParent(division, named);
                if (namedParent.isPresent()) {
                    names.add(new PlaceName(division, NameForm.SHORT, false));
                    parent = namedParent.get();
                }
            }
            if (!names.isEmpty()) {
                Optional<Resolution> why = names.size() == 1 ? Optional.of(new Resolution(parent, false))
                        : Optional.empty();
                hits.add(new Found(start, end, names, names.get(0).division().level(), why, NameForm.SHORT));
            }
        });
        hits.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> found = new ArrayList<>();
        for (Found hit : hits) {
            boolean free = places.stream().noneMatch(place -> overlap(place, hit))
                    && found.stream().noneMatch(place -> overlap(place, hit));
            if (free && boundaries.standsAlone(text, hit.start(), hit.end())
                    && !OrganizationNames.begins(text, hit.start(), hit.end())
                    && !FeatureNames.beginsALandform(text, hit.end())) {
                found.add(hit);
            }
        }
        return found;
    }

    /** The named division that lets this form stand: itself, or a township's county or prefecture. */
    private Optional<Division> namedParent(Division division, Set<Division> named) {
        if (!underACounty(division)) {
            return named.contains(division) ? Optional.of(division) : Optional.empty();
        }
        Optional<Division> county = division.parentCode().flatMap(gazetteer::division).filter(named::contains);
        return county.or(() -> gazetteer.prefectureOf(division).filter(named::contains));
    }

    /** A township, or a zone the release lists at township level (八五二农场 of 宝清县). */
    private static boolean underACounty(Division division) {
        return division.level() == DivisionLevel.TOWNSHIP
                || division.level() == DivisionLevel.ZONE && division.code().length() > 6;
    }

    private static boolean overlap(Found one, Found other) {
        return one.start() < other.end() && other.start() < one.end();
    }

    /**
     * A township's name without its suffix, unless that is an ordinary word (新城 of 新城镇) or
     * the name of an island or a bay (长兴岛 of 长兴岛街道), which news means as the landform.
     */
    private static Optional<String> townshipForm(Division township) {
        String name = township.name();
        for (String suffix : TOWNSHIP_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= SHORTEST) {
                return Optional.of(name.substring(0, name.length() - suffix.length()))
                        .filter(form -> !CommonWords.isOrdinaryWord(form) && !FeatureNames.isALandform(form));
            }
        }
        return Optional.empty();
    }

    /** Builds the automaton when the class is first asked for it, once, thread-safely. */
    private static final class Holder {
        static final ContextForms INSTANCE = new ContextForms(Gazetteer.shared());
    }
}
