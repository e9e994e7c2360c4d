package com.flagmark.nlp.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses among the divisions an ambiguous name may stand for (朝阳区 of 北京 or of 长春), by the
 * places the article names without doubt and by the source's province. A candidate in the same
 * prefecture as a named place beats one in the same province, which beats one in the source's
 * province; when no single candidate wins, the best ones stay as candidates: never a guess.
 */
final class Ambiguity {

    private static final int SAME_PREFECTURE = 3;
    private static final int SAME_PROVINCE = 2;
    private static final int SOURCE_PROVINCE = 1;

    private final Gazetteer gazetteer;

    Ambiguity(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Returns the found names, in the same order, with their ambiguity narrowed as far as the context allows. */
    List<Found> resolve(List<Found> found, Optional<Division> sourceProvince) {
        List<Found> current = new ArrayList<>(found);
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Division> context = current.stream().filter(place -> place.names().size() == 1)
                    .map(place -> place.names().get(0).division()).toList();
            for (int i = 0; i < current.size(); i++) {
                Found place = current.get(i);
                if (place.ambiguous()) {
                    Found narrowed = narrow(place, context, sourceProvince);
                    changed |= narrowed.names().size() < place.names().size();
                    current.set(i, narrowed);
                }
            }
        }
        return current;
    }

    private Found narrow(Found place, List<Division> context, Optional<Division> sourceProvince) {
        List<Scored> scored = place.names().stream().map(name -> score(name, context, sourceProvince)).toList();
        int best = scored.stream().mapToInt(Scored::score).max().orElse(0);
        if (best == 0) {
            return place;
        }
        List<Scored> winners = scored.stream().filter(candidate -> candidate.score() == best).toList();
        List<PlaceName> kept = winners.stream().map(Scored::name).toList();
        Optional<Resolution> why = winners.size() == 1 ? Optional.of(winners.get(0).why()) : Optional.empty();
        return place.narrowed(kept, why);
    }

    private Scored score(PlaceName name, List<Division> context, Optional<Division> sourceProvince) {
        Division candidate = name.division();
        Optional<Division> prefecture = gazetteer.prefectureOf(candidate);
        Division province = gazetteer.provinceOf(candidate);
        Scored best = new Scored(name, 0, null);
        for (Division place : context) {
            int score = prefecture.isPresent() && prefecture.equals(gazetteer.prefectureOf(place)) ? SAME_PREFECTURE
                    : province.equals(gazetteer.provinceOf(place)) ? SAME_PROVINCE : 0;
            if (score > best.score()) {
                best = new Scored(name, score, new Resolution(place, false));
            }
        }
        if (best.score() == 0 && sourceProvince.filter(province::equals).isPresent()) {
            best = new Scored(name, SOURCE_PROVINCE, new Resolution(province, true));
        }
        return best;
    }

    private record Scored(PlaceName name, int score, Resolution why) {
    }
}
