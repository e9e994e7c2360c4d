package com.flagmark.nlp.cue;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words that news uses for what a measure's cue word of the default codebook says, which count as
 * that cue wherever the codebook holds it: projects started 集体 or 统一 are started 集中, and
 * helping firms solve their problems (帮助企业解决) is what 纾困解难 names.
 */
final class MeasureSynonyms {

    private static final Map<String, String> CUE_BY_SYNONYM = Map.of("集体开工", "集中开工", "统一开工", "集中开工",
            "帮助企业解决", "纾困解难", "帮企业解决", "纾困解难", "为企业解决", "纾困解难", "助企纾困", "纾困解难");
    /** The most words a synonym is cut into. */
    static final int LONGEST_RUN = 3;
    /** Every beginning of a synonym, so that a word that begins none is passed over at once. */
    private static final Set<String> STARTS = starts();

    private MeasureSynonyms() {
    }

    /** Tells whether {@code text} is the beginning of a synonym, such as 帮助 of 帮助企业解决. */
    static boolean startsASynonym(String text) {
        return STARTS.contains(text);
    }

    private static Set<String> starts() {
        Set<String> starts = new HashSet<>();
        for (String synonym : CUE_BY_SYNONYM.keySet()) {
            for (int length = 1; length < synonym.length(); length++) {
                starts.add(synonym.substring(0, length));
            }
        }
        return Set.copyOf(starts);
    }

    /** Returns the cue word that {@code word} stands for, if it is a synonym of one. */
    static Optional<String> cueOf(String word) {
        return Optional.ofNullable(CUE_BY_SYNONYM.get(word));
    }
}
