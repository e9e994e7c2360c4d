package com.flagmark.nlp.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Place names that begin the name of a landform or a road, which are no regions of the story by
 * themselves: 山东半岛城市群, 武汉城市圈, 金州湾 and 长兴岛 name landforms; 苏州路 in 乌鲁木齐,
 * the 三江高速 motorway and the ends of 兰州至海口高速公路 in a story of 甘肃 name roads after places
 * elsewhere. A road named after places of the province the story's other places lie in most
 * often (天水至定西高速公路 in a story of 甘肃) runs through them, and they stay. Only short forms are judged so: a full name (济南市) is
 * the division.
 */
final class FeatureNames {

    private static final List<String> LANDFORMS = List.of("城市群", "城市圈", "都市圈", "经济圈", "经济带", "半岛",
            "平原", "湾", "岛");
    private static final List<String> ROADS = List.of("高速公路", "高速", "铁路", "公路", "国道", "大道", "大街", "路",
            "街");
    private static final String ROUTE_JOINS = "至到—-";

    private FeatureNames() {
    }

    /** Returns {@code places} without those that begin a landform's name or a road's named after elsewhere. */
    static List<Found> without(String text, List<Found> places, Gazetteer gazetteer) {
        boolean[] landform = new boolean[places.size()];
        boolean[] road = new boolean[places.size()];
        for (int i = places.size() - 1; i >= 0; i--) {
            Found place = places.get(i);
            if (place.form() == NameForm.SHORT) {
                landform[i] = beginsALandform(text, place.end());
                road[i] = ROADS.stream().anyMatch(word -> text.startsWith(word, place.end()))
                        || i + 1 < places.size() && road[i + 1] && joinsRoute(text, place, places.get(i + 1));
            }
        }
        Set<Division> provinces = homeProvinces(places, landform, road, gazetteer);
        List<Found> kept = new ArrayList<>(places.size());
        for (int i = 0; i < places.size(); i++) {
            boolean home = places.get(i).names().stream()
                    .anyMatch(name -> provinces.contains(gazetteer.provinceOf(name.division())));
            if (!landform[i] && (!road[i] || home)) {
                kept.add(places.get(i));
            }
        }
        return kept;
    }

    /** Tells whether a landform's word (湾, 岛, 半岛, 城市群…) follows a place name ending at {@code end}. */
    static boolean beginsALandform(String text, int end) {
        return LANDFORMS.stream().anyMatch(word -> text.startsWith(word, end));
    }

    /** Tells whether {@code name} itself ends in a landform's word: 长兴岛, 复州湾. */
    static boolean isALandform(String name) {
        return LANDFORMS.stream().anyMatch(name::endsWith);
    }

    /** The provinces the story's other places lie in most often: where it is set. */
    private static Set<Division> homeProvinces(List<Found> places, boolean[] landform, boolean[] road,
            Gazetteer gazetteer) {
        Map<Division, Integer> counts = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            if (!landform[i] && !road[i] && !places.get(i).ambiguous()) {
                counts.merge(gazetteer.provinceOf(places.get(i).names().get(0).division()), 1, Integer::sum);
            }
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<Division> home = new HashSet<>();
        counts.forEach((province, count) -> {
            if (count == most) {
                home.add(province);
            }
        });
        return home;
    }

    private static boolean joinsRoute(String text, Found from, Found to) {
        return to.start() == from.end() + 1 && ROUTE_JOINS.indexOf(text.charAt(from.end())) >= 0;
    }
}
