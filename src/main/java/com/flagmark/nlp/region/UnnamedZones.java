package com.flagmark.nlp.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Zones of a city or province the text does not name: 市开发区 in a city's paper, 省黄三角农高区.
 * The city is the one prefecture the article's places lie in, the province the one province they
 * (or the source) lie in; with several the zone keeps them all as candidates, with none it has none.
 */
final class UnnamedZones {

    private UnnamedZones() {
    }

    /**
     * Returns the unnamed zones of {@code text} outside the places already found.
     *
     * @param places the places that will be suggested, which the zones must not overlap
     * @param context every place the article names without doubt, inside company names too
     */
    static List<Found> find(String text, List<Found> places, List<Found> context, Optional<Division> sourceProvince,
            Gazetteer gazetteer, WordBoundaries boundaries) {
        List<Found> zones = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            while (next < places.size() && places.get(next).end() <= i) {
                next++;
            }
            if (next < places.size() && places.get(next).start() <= i) {
                continue;
            }
            OptionalInt end = ZoneNames.unnamedAt(text, i);
            // 市 must be a word of its own: 市场创新产业园区 is a market's park, not the city's.
            if (end.isPresent() && boundaries.standsAlone(text, i, i + 1)) {
                boolean city = text.charAt(i) == '市';
                Set<Division> parents = parents(context, city, gazetteer);
                boolean fromSource = parents.isEmpty() && !city && sourceProvince.isPresent();
                if (fromSource) {
                    parents.add(sourceProvince.get());
                }
                // 市 and 省 point at the city or province, as 我市 does; the zone's name is what follows.
                zones.add(zone(i + 1, end.getAsInt(), parents, fromSource));
                i = end.getAsInt() - 1;
            }
        }
        return zones;
    }

    private static Set<Division> parents(List<Found> context, boolean city, Gazetteer gazetteer) {
        Set<Division> parents = new LinkedHashSet<>();
        for (Found place : context) {
            if (place.names().size() == 1) {
                Division division = place.names().get(0).division();
                if (city) {
                    gazetteer.prefectureOf(division).ifPresent(parents::add);
                } else {
                    parents.add(gazetteer.provinceOf(division));
                }
            }
        }
        return parents;
    }

    private static Found zone(int start, int end, Set<Division> parents, boolean fromSource) {
        List<PlaceName> names = parents.stream().map(parent -> new PlaceName(parent, NameForm.UNNAMED, false)).toList();
        Optional<Resolution> why = Optional.empty();
        if (names.size() == 1) {
            why = Optional.of(new Resolution(names.get(0).division(), fromSource));
        }
        return new Found(start, end, names, DivisionLevel.ZONE, why, NameForm.UNNAMED);
    }
}
