package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import java.util.Set;

/**
 * Tells a target (力争新招引企业50家, 预计用工约2.5万人) from a result. A target word marks the
 * figures after it to the end of its sentence; 可, weaker, only those of its clause. 计划
 * and 目标 after 完成 are what was planned, so the figure is a result (完成年度计划82.3%).
 */
final class Targets {

    private static final Set<String> SENTENCE_MARKERS = Set.of("力争", "计划", "目标", "预计", "争取", "拟", "预期",
            "有望", "确保", "冲刺", "规划", "力求", "将", "将要", "即将");
    private static final Set<String> CLAUSE_MARKERS = Set.of("可", "可望");
    private static final Set<String> PLANS = Set.of("计划", "目标", "规划");
    private static final Set<String> CLAUSE_ENDS = Set.of("，", ",", "：", ":");

    private Targets() {
    }

    /**
     * Tells whether the figure at {@code figureStart} is a target: a marker word stands between
     * the start of its sentence and the figure.
     */
    static boolean isTarget(SegmentedText words, int sentenceStart, int clauseStart, int figureStart) {
        boolean doneInItsClause = false;
        int count = words.words().size();
        for (int i = words.firstWordFrom(sentenceStart); i < count && words.charEnd(i) <= figureStart; i++) {
            String word = words.words().get(i).text();
            if (CLAUSE_ENDS.contains(word)) {
                doneInItsClause = false;
            } else if (word.equals("完成")) {
                doneInItsClause = true;
            } else if (SENTENCE_MARKERS.contains(word) && !(doneInItsClause && PLANS.contains(word))
                    || words.charStart(i) >= clauseStart && CLAUSE_MARKERS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
