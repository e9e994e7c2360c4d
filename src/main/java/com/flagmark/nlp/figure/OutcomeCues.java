package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.cue.CueLexicon.Kind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * @param name whether the cue is a word of the code's own name, such as 投资 or 复工
     */
    record Hit(String cue, String code, boolean weak, boolean name) {

        /** Tells whether the cue is a cue word of the codebook, neither a unit nor a word of a code's name. */
        boolean isWord() {
            return !weak && !name;
        }

        /** Returns the code's own name, the last part of its path: 投资 of 成效/投资. */
        String codeName() {
            return code.substring(code.lastIndexOf('/') + 1);
        }
    }

    /** Words that may stand between half of a code's name and its figure: 项目共21个. */
    private static final Set<String> LINKING = Set.of("达", "达到", "为", "共", "共计", "有", "约", "近", "超", "超过",
            "累计", "合计", "总计", "计");

    private final Map<String, Hit> hitByWord = new HashMap<>();
    /** The synonyms of cue words, which the segmenter does not know: found as a word's end or a run of words. */
    private final Map<String, Hit> synonyms = new HashMap<>();
    private final Set<String> synonymStarts = new HashSet<>();

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
                        isUnit(longest), false));
            }
        }
        for (String word : lexicon.words()) {
            List<CueLexicon.CuedCode> outcomes = lexicon.codesOf(word, Kind.OUTCOME);
            if (!outcomes.isEmpty() && !isUnit(word)) {
                // 开工率, the rate of what a cue names, is a word of its own to the segmenter.
                hitByWord.putIfAbsent(word + "率", new Hit(word + "率", outcomes.get(0).code(), false, false));
            }
            for (String synonym : outcomes.isEmpty() ? List.<String>of() : CueSynonyms.of(word)) {
                synonyms.putIfAbsent(synonym, new Hit(synonym, outcomes.get(0).code(), false, false));
                for (int length = 1; length < synonym.length(); length++) {
                    synonymStarts.add(synonym.substring(0, length));
                }
            }
        }
        for (String word : lexicon.words()) {
            for (CueLexicon.CuedCode cued : lexicon.codesOf(word, Kind.OUTCOME)) {
                for (String name : nameWords(cued.code())) {
                    hitByWord.putIfAbsent(name, new Hit(name, cued.code(), false, true));
                }
            }
        }
    }

    /**
     * The words of an outcome code's own name, which speak for it as its cue words do: 投资 for
     * 成效/投资, and each half of a name of two words (复工 and 复产 of 复工复产).
     */
    private static List<String> nameWords(String code) {
        String name = code.substring(code.lastIndexOf('/') + 1);
        return name.length() == 4 ? List.of(name, name.substring(0, 2), name.substring(2)) : List.of(name);
    }

    /** Returns the cues of {@code words}, each word looked up once however often it is asked for. */
    InText in(SegmentedText words) {
        return new InText(words);
    }

    /** The outcome cues among the words of one segmented text. */
    final class InText {

        private final SegmentedText words;
        private final Hit[] hits;
        private final boolean[] looked;

        private InText(SegmentedText words) {
            this.words = words;
            this.hits = new Hit[words.words().size()];
            this.looked = new boolean[hits.length];
        }

        /**
         * Returns the cue nearest to {@code to} among the words between {@code from} and
         * {@code to}: a cue word before a word of a code's name, and either before a weak one.
         */
        Optional<Hit> last(int from, int to) {
            Best best = new Best(true);
            for (int i = words.firstWordFrom(to) - 1; i >= 0 && words.charStart(i) >= from && !best.done(); i--) {
                if (words.charEnd(i) <= to) {
                    best.offer(at(i));
                }
            }
            return best.hit();
        }

        /**
         * Returns the cue nearest to {@code to} among the words between {@code from} and {@code to}
         * as {@link #last} does, but half of a code's name (项目 of 项目进展) only right before
         * {@code to}, with no more than linking words (达, 为, 共) between: 续建项目21个, not
         * 使每一个项目都有1名, where the word is what the sentence is about, not what the figure
         * counts. A code's whole name (投资) counts anywhere before the figure.
         */
        Optional<Hit> lastBefore(int from, int to) {
            Best best = new Best(true);
            boolean adjacent = true;
            for (int i = words.firstWordFrom(to) - 1; i >= 0 && words.charStart(i) >= from && !best.done(); i--) {
                if (words.charEnd(i) <= to) {
                    Hit hit = at(i);
                    boolean half = hit != null && hit.name() && !hit.cue().equals(hit.codeName());
                    best.offer(half && !adjacent ? null : hit);
                    adjacent &= LINKING.contains(words.words().get(i).text());
                }
            }
            return best.hit();
        }

        /** Returns the cue nearest to {@code from} among the words up to {@code to}, ranked as by {@link #last}. */
        Optional<Hit> first(int from, int to) {
            return first(from, to, true);
        }

        /**
         * Returns the cue nearest to {@code from} among the words up to {@code to}, ranked as by
         * {@link #last}, counting the words of codes' names only if {@code names}.
         */
        Optional<Hit> first(int from, int to, boolean names) {
            Best best = new Best(names);
            for (int i = words.firstWordFrom(from); i < hits.length && words.charEnd(i) <= to && !best.done(); i++) {
                best.offer(at(i));
            }
            return best.hit();
        }

        /** Returns the cue outside {@code [from, to)} nearest to it, before or after, ranked as by {@link #last}. */
        Optional<Hit> nearest(int from, int to) {
            int before = words.firstWordFrom(from) - 1;
            int after = words.firstWordFrom(to);
            Best best = new Best(true);
            for (; (before >= 0 || after < hits.length) && !best.done(); before--, after++) {
                best.offer(before >= 0 ? at(before) : null);
                best.offer(after < hits.length ? at(after) : null);
            }
            return best.hit();
        }

        private Hit at(int index) {
            if (!looked[index]) {
                hits[index] = OutcomeCues.this.at(words, index);
                looked[index] = true;
            }
            return hits[index];
        }
    }

    /**
     * Returns the cue that the word with this index is, ends in, or begins as a run of words: 开建
     * in 年内|开建, 销售收入 in 年销售收入 or 销售|收入.
     */
    private Hit at(SegmentedText words, int index) {
        String word = words.words().get(index).text();
        Hit hit = hitByWord.get(word);
        if (hit != null || synonyms.isEmpty()) {
            return hit;
        }
        for (int start = 0; start < word.length() - 1; start++) {
            hit = synonyms.get(word.substring(start));
            if (hit != null) {
                return hit;
            }
        }
        StringBuilder run = new StringBuilder(word);
        for (int next = index + 1; next < words.words().size() && synonymStarts.contains(run.toString())
                && words.charStart(next) == words.charEnd(next - 1); next++) {
            run.append(words.words().get(next).text());
            hit = synonyms.get(run.toString());
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The best cue offered so far: the first cue word, else the first name word, else the first weak cue. */
    private static final class Best {

        private final boolean names;
        private final Hit[] byRank = new Hit[3];

        Best(boolean names) {
            this.names = names;
        }

        void offer(Hit hit) {
            if (hit != null && (names || !hit.name())) {
                int rank = hit.weak() ? 2 : hit.name() ? 1 : 0;
                byRank[rank] = byRank[rank] == null ? hit : byRank[rank];
            }
        }

        boolean done() {
            return byRank[0] != null;
        }

        Optional<Hit> hit() {
            return Optional.ofNullable(byRank[0] != null ? byRank[0] : byRank[1] != null ? byRank[1] : byRank[2]);
        }
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

    /** Tells whether {@code word} is or ends in an outcome cue word (a word of a code's name is not one). */
    boolean isCue(String word) {
        Hit hit = hitByWord.get(word);
        return hit != null && !hit.name();
    }
}
