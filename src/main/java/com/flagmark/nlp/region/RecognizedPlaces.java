package com.flagmark.nlp.region;

import com.flagmark.nlp.HanlpSegments;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places below the gazetteer that HanLP's place recognition finds right after a township the text
 * names: the village in 荷花路街道朱家村. HanLP's recognition is noisy on news text (it
 * gives 和省, 于市, 的潍坊 and misses 垦利), so it runs only there, keeps only names ending like a
 * village or community, and what it finds is suggested in the low tier, linked to the division it
 * lies in so that counts still roll up.
 */
final class RecognizedPlaces {

    private static final List<String> ENDINGS = List.of("村", "社区", "庄", "屯", "寨", "嘎查");

    /** How far after the division a place name may reach. */
    private static final int WINDOW = 10;

    private final Segment segment = HanlpSegments.with(HanlpSegments.shippedWords())
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(false)
            .enablePartOfSpeechTagging(true);

    /** Returns the recognised places right after the townships of {@code places}. */
    List<Found> after(String text, List<Found> places) {
        List<Found> recognized = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Found place = places.get(i);
            boolean followed = i + 1 < places.size() && places.get(i + 1).start() == place.end();
            if (!followed && place.names().size() == 1 && place.level() == DivisionLevel.TOWNSHIP) {
                first(text, place.end()).filter(RecognizedPlaces::looksLikeAVillage).ifPresent(word ->
                        recognized.add(new Found(place.end(), place.end() + word.length(),
                                List.of(new PlaceName(place.names().get(0).division(), NameForm.RECOGNIZED, false)),
                                place.level(), Optional.empty(), NameForm.RECOGNIZED)));
            }
        }
        return recognized;
    }

    private Optional<String> first(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, start + WINDOW);
        if (end <= start) {
            return Optional.empty();
        }
        List<Term> terms = segment.seg(text.substring(start, end));
        Term term = terms.get(0);
        return term.nature.startsWith("ns") ? Optional.of(term.word) : Optional.empty();
    }

    private static boolean looksLikeAVillage(String word) {
        return word.length() >= 2 && ENDINGS.stream().anyMatch(word::endsWith);
    }
}
