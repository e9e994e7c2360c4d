package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.cue.CueLexicon.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome cue words of a lexicon, looked up among the words around a figure. A longer cue
 * word that ends in an outcome cue counts as that cue (集中开工, a measure, names 开工), and so
 * does a unit that ends in one (亿元, 万亿元). A cue that is itself a unit (亿元) is weak: it
 * says what a figure is counted in, not what it measures, so any other cue comes first.
 */
final class OutcomeCues {

    /**
     * An outcome cue found.
     *
     * @param cue the outcome cue word
     * @param code the path of the outcome code it names
     * @param weak whether the cue is a unit, such as 亿元
     */
    record Hit(String cue, String code, boolean weak) {

        /** Returns the code's own name, the last part of its path: 投资 of 成效/投资. */
        String codeName() {
            return code.substring(code.lastIndexOf('/') + 1);
        }
    }

    private final Map<String, Hit> hitByWord = new HashMap<>();

    OutcomeCues(CueLexicon lexicon) {
        for (String word : lexicon.words()) {
            String longest = "";
            for (String cue : lexicon.words()) {
                boolean outcome = !lexicon.codesOf(cue, Kind.OUTCOME).isEmpty();
                if (outcome && cue.length() > longest.length() && word.endsWith(cue)) {
                    longest = cue;
                }
            }
            if (!longest.isEmpty()) {
                hitByWord.put(word, new Hit(longest, lexicon.codesOf(longest, Kind.OUTCOME).get(0).code(),
                        isUnit(longest)));
            }
        }
    }

    /**
     * Returns the cue nearest to {@code to} among the words between {@code from} and {@code to},
     * a weak one only where there is no other.
     */
    Optional<Hit> last(SegmentedText words, int from, int to) {
        Hit weak = null;
        for (int i = words.firstWordFrom(to) - 1; i >= 0 && words.charStart(i) >= from; i--) {
            Hit hit = hitByWord.get(words.words().get(i).text());
            if (hit != null && words.charEnd(i) <= to) {
                if (!hit.weak()) {
                    return Optional.of(hit);
                }
                weak = weak == null ? hit : weak;
            }
        }
        return Optional.ofNullable(weak);
    }

    /**
     * Returns the cue nearest to {@code from} among the words between {@code from} and {@code to},
     * a weak one only where there is no other.
     */
    Optional<Hit> first(SegmentedText words, int from, int to) {
        Hit weak = null;
        for (int i = words.firstWordFrom(from); i < words.words().size() && words.charEnd(i) <= to; i++) {
            Hit hit = hitByWord.get(words.words().get(i).text());
            if (hit != null) {
                if (!hit.weak()) {
                    return Optional.of(hit);
                }
                weak = weak == null ? hit : weak;
            }
        }
        return Optional.ofNullable(weak);
    }

    /** Returns the cue a unit ends in, such as 亿元 of 万亿元. */
    Optional<Hit> ofUnit(String unit) {
        for (int start = 0; start < unit.length(); start++) {
            Hit hit = hitByWord.get(unit.substring(start));
            if (hit != null && hit.cue().equals(unit.substring(start))) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    private static boolean isUnit(String word) {
        return Units.at(word, 0).filter(unit -> unit.figure() && unit.end() == word.length()).isPresent();
    }

    /** Tells whether {@code word} is or ends in an outcome cue. */
    boolean isCue(String word) {
        return hitByWord.containsKey(word);
    }
}
