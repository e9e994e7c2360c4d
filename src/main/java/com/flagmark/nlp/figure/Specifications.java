package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import java.util.List;
import java.util.Set;

/**
 * Figures that state what something is rather than what was achieved, which are never high-tier
 * outcomes however close an outcome's cue word stands: a plant's capacity (年产42万吨, 装机容量
 * 2万千瓦, 200兆瓦光伏项目) and a difference in percentage points (高于全国增幅3.77个百分点).
 */
final class Specifications {

    /** Words right before a number that make it a capacity. */
    private static final List<String> CAPACITY_WORDS = List.of("年产", "日产", "年产能", "产能", "年处理", "日处理",
            "年加工", "装机容量", "单机容量", "设计能力", "生产能力");
    /** Words that may stand between a capacity word and its number: 装机容量均为2万千瓦. */
    private static final Set<String> LINKING = Set.of("为", "均为", "达", "达到", "约", "超过", "共", "在");
    /** Units of output and power whose figure, followed by a noun, names a plant: 200兆瓦光伏项目. */
    private static final List<String> CAPACITY_UNITS = List.of("吨", "千瓦", "兆瓦", "瓦", "千瓦时", "件");

    private Specifications() {
    }

    /**
     * Tells whether the quantity at {@code [start, end)} (UTF-16 indices) is a capacity: after a
     * word such as 年产 or 装机容量, or in a unit of output or power right before the noun it
     * describes.
     */
    static boolean isSpecification(SegmentedText words, int start, int end, Quantity quantity) {
        String text = words.text();
        int index = words.firstWordFrom(start) - 1;
        while (index >= 0 && LINKING.contains(words.words().get(index).text())) {
            index--;
        }
        if (index >= 0 && words.charEnd(index) <= start) {
            String before = words.words().get(index).text();
            if (CAPACITY_WORDS.stream().anyMatch(before::endsWith)) {
                return true;
            }
        }
        String unit = quantity.unit();
        boolean capacityUnit = CAPACITY_UNITS.stream().anyMatch(unit::endsWith);
        return capacityUnit && end < text.length() && isHan(text.charAt(end));
    }

    /** Tells whether the quantity is a difference in percentage points. */
    static boolean isDifference(Quantity quantity) {
        return quantity.unit().endsWith("百分点");
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
