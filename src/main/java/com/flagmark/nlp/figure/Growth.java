package com.flagmark.nlp.figure;

import java.util.List;

/**
 * A rate of growth that names nothing but the growth (同比增长16.49%) is the growth of the figure
 * before it in its sentence (全社会用电量163.89亿千瓦时，同比增长16.49%), and is an outcome exactly
 * when that figure is: it takes its code and tier.
 */
final class Growth {

    /** Words that say how a figure changed, longest first. */
    private static final List<String> WORDS = List.of("比去年同期", "比上年同期", "较上年同期", "比上年", "较上年",
            "比去年", "较去年", "同比", "环比", "分别", "增长", "下降", "增加", "减少", "提高", "降低", "上升", "增幅",
            "增速", "降幅");

    private Growth() {
    }

    /** Tells whether a figure with this quantity and indicator is only the change of the figure before it. */
    static boolean isGrowthOfTheFigureBefore(Quantity quantity, String indicator) {
        if (!quantity.unit().equals("%")) {
            return false;
        }
        String rest = indicator;
        for (String word : WORDS) {
            rest = rest.replace(word, "");
        }
        return rest.isBlank();
    }
}
