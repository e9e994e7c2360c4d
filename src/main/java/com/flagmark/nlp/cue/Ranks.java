package com.flagmark.nlp.cue;

import com.flagmark.nlp.SegmentedText;
import java.util.Set;

/**
 * Tells 排名 that states where something ranks (在全国排名第15位, 营口港排名第8位), a fact of a
 * league table, from 排名 as the measure of ranking those who are assessed (考核排名靠后).
 */
final class Ranks {

    private static final int WITHIN = 3;
    private static final Set<String> SCOPES = Set.of("全国", "全省", "全市", "全球", "世界", "全区", "全县", "国内",
            "省内", "同行", "行业");

    private Ranks() {
    }

    /** Tells whether the word with this index is 排名 followed by a place in a ranking: 第8位, 全国第15位. */
    static boolean isARankStated(SegmentedText words, int index) {
        if (!words.words().get(index).text().equals("排名")) {
            return false;
        }
        // 排名全球港口第12位: a scope and what is ranked may stand between 排名 and the place.
        for (int next = index + 1; next < words.words().size() && next <= index + WITHIN; next++) {
            String word = words.words().get(next).text();
            if (word.startsWith("第")) {
                return true;
            }
            if (!SCOPES.contains(word) && word.codePoints().noneMatch(Character::isLetter)) {
                return false;
            }
        }
        return false;
    }
}
