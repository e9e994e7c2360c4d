package com.flagmark.nlp.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Short forms that name a place only where the article has named the place around it: a
 * township's name without 镇 or 乡 (金井 for 金井镇, 小岞 for 小岞镇) in a story that names its
 * county or prefecture, and a short form that is also an ordinary word (富锦) in a story that names the
 * division in full (富锦市). Alone, such forms are too often words or names of
 * other things to be looked for; beside their parent, they are the place.
 */
final class ContextForms {

    /** Township suffixes, longest first; what is left must keep two characters. */
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("民族乡", "街道", "农场", "林场", "牧场", "苏木",
            "镇", "乡");
    private static final int SHORTEST = 2;

    private ContextForms() {
    }

    /**
     * Returns the places that the short forms of {@code places}' own divisions and of the
     * townships of their counties and prefectures name in {@code text}, outside the places
     * already found.
     */
    static List<Found> find(String text, List<Found> places, Gazetteer gazetteer, WordBoundaries boundaries) {
        Map<String, List<PlaceName>> forms = new HashMap<>();
        Map<Division, Division> parentOf = new HashMap<>();
        Set<Division> named = new LinkedHashSet<>();
        for (Found place : places) {
            if (place.names().size() == 1 && place.form() != NameForm.RECOGNIZED) {
                named.add(place.names().get(0).division());
            }
        }
        for (Division division : named) {
            ShortForms.of(division).filter(CommonWords::isOrdinaryWord)
                    .ifPresent(form -> add(forms, form, division, division, parentOf));
            if (division.level() == DivisionLevel.COUNTY) {
                addTownships(forms, division, division, gazetteer, parentOf);
            } else if (division.level() == DivisionLevel.PREFECTURE) {
                for (Division county : gazetteer.children(division)) {
                    addTownships(forms, county, division, gazetteer, parentOf);
                }
            }
        }
        List<Found> found = new ArrayList<>();
        forms.forEach((form, names) -> {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                int start = at;
                int end = at + form.length();
                boolean free = places.stream().noneMatch(place -> place.start() < end && start < place.end())
                        && found.stream().noneMatch(place -> place.start() < end && start < place.end());
                if (free && boundaries.standsAlone(text, start, end) && !OrganizationNames.begins(text, start, end)
                        && !FeatureNames.beginsALandform(text, end)) {
                    Optional<Resolution> why = names.size() == 1
                            ? Optional.of(new Resolution(parentOf.get(names.get(0).division()), false))
                            : Optional.empty();
                    found.add(new Found(start, end, names, names.get(0).division().level(), why, NameForm.SHORT));
                }
            }
        });
        return found;
    }

    private static void addTownships(Map<String, List<PlaceName>> forms, Division county, Division named,
            Gazetteer gazetteer, Map<Division, Division> parentOf) {
        for (Division township : gazetteer.children(county)) {
            townshipForm(township).ifPresent(form -> add(forms, form, township, named, parentOf));
        }
    }

    private static void add(Map<String, List<PlaceName>> forms, String form, Division division, Division parent,
            Map<Division, Division> parentOf) {
        List<PlaceName> names = forms.computeIfAbsent(form, key -> new ArrayList<>(1));
        if (names.stream().noneMatch(name -> name.division().equals(division))) {
            names.add(new PlaceName(division, NameForm.SHORT, false));
            parentOf.put(division, parent);
        }
    }

    /** A township's name without its suffix, unless that is an ordinary word (新城 of 新城镇). */
    private static Optional<String> townshipForm(Division township) {
        String name = township.name();
        for (String suffix : TOWNSHIP_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= SHORTEST) {
                return Optional.of(name.substring(0, name.length() - suffix.length()))
                        .filter(form -> !CommonWords.isOrdinaryWord(form));
            }
        }
        return Optional.empty();
    }
}
