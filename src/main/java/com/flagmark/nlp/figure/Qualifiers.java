package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import java.util.List;
import java.util.Map;

/**
 * The words around a number that bound it: 约, 近, 超过 before it; 以上, 左右, 余 after its unit.
 */
final class Qualifiers {

    /** What follows a unit: where the figure ends, and how its value bounds the amount. */
    record After(int end, Bound bound) {
    }

    private static final Map<String, Bound> AFTER = Map.of("以上", Bound.AT_LEAST, "余", Bound.AT_LEAST,
            "多", Bound.AT_LEAST, "以下", Bound.AT_MOST, "以内", Bound.AT_MOST, "左右", Bound.ABOUT);
    /** Longest first, so that 不超过 is not read as 超过. */
    private static final List<Map.Entry<String, Bound>> BEFORE = List.of(
            Map.entry("不少于", Bound.AT_LEAST), Map.entry("不低于", Bound.AT_LEAST), Map.entry("不超过", Bound.AT_MOST),
            Map.entry("将近", Bound.AT_MOST), Map.entry("接近", Bound.AT_MOST), Map.entry("大约", Bound.ABOUT),
            Map.entry("超过", Bound.AT_LEAST), Map.entry("突破", Bound.AT_LEAST), Map.entry("不到", Bound.AT_MOST),
            Map.entry("不足", Bound.AT_MOST), Map.entry("约", Bound.ABOUT), Map.entry("近", Bound.AT_MOST),
            Map.entry("超", Bound.AT_LEAST), Map.entry("逾", Bound.AT_LEAST));

    private Qualifiers() {
    }

    /** Returns where a figure whose unit ends at {@code end} ends, with what bounds it there. */
    static After after(String text, int end) {
        for (Map.Entry<String, Bound> word : AFTER.entrySet()) {
            if (text.startsWith(word.getKey(), end)) {
                return new After(end + word.getKey().length(), word.getValue());
            }
        }
        return new After(end, Bound.EXACT);
    }

    /**
     * Returns the bound that the word just before {@code start} puts on the number there, if it
     * is a word of its own: 约 bounds 约2.5万人, the 约 of 签约18个 does not.
     */
    static Bound before(SegmentedText words, int start) {
        int index = start > 0 ? words.wordAt(start - 1) : -1;
        if (index < 0 || words.charEnd(index) != start) {
            return Bound.EXACT;
        }
        String word = words.words().get(index).text();
        for (Map.Entry<String, Bound> bounding : BEFORE) {
            if (word.equals(bounding.getKey()) || word.equals("已" + bounding.getKey())) {
                return bounding.getValue();
            }
        }
        return Bound.EXACT;
    }
}
