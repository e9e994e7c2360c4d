package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import java.util.List;
import java.util.Set;

/**
 * Figures that state what something is rather than what was achieved, which are never high-tier
 * outcomes however close an outcome's cue word stands: a plant's capacity (年产42万吨, 装机容量
 * 2万千瓦, 200兆瓦光伏项目), a difference in percentage points (高于全国增幅3.77个百分点), an
 * area (征地1.8万亩, 建筑面积118万平方米), a count of events or attendance (140万人次), a
 * threshold (5000万元以上项目) and the size of a list just given (…等7个).
 */
final class Specifications {

    /** Words right before a number that make it a capacity. */
    private static final List<String> CAPACITY_WORDS = List.of("年产", "日产", "年产能", "产能", "年处理", "日处理",
            "年加工", "装机容量", "单机容量", "设计能力", "生产能力");
    /** Words that may stand between a capacity word and its number: 装机容量均为2万千瓦. */
    private static final Set<String> LINKING = Set.of("为", "均为", "达", "达到", "约", "超过", "共", "在");
    /** Units of output and power whose figure, followed by a noun, names a plant: 200兆瓦光伏项目. */
    private static final List<String> CAPACITY_UNITS = List.of("吨", "千瓦", "兆瓦", "瓦", "千瓦时", "件");
    private static final List<String> AREA_UNITS = List.of("亩", "平方米", "平方公里", "平方千米", "公顷");
    /** Units that count meetings, events, visits and those who came to them. */
    private static final Set<String> EVENT_UNITS = Set.of("人次", "场次", "次", "场", "家次", "车次", "班次", "架次",
            "艘次", "批次");

    private Specifications() {
    }

    /**
     * Tells whether the quantity at {@code [start, end)} (UTF-16 indices), with its indicator, is
     * one of the figures that are never a high-tier outcome.
     */
    static boolean neverAnOutcome(SegmentedText words, int start, int end, Quantity quantity, String indicator) {
        String text = words.text();
        return isSpecification(words, start, end, quantity, indicator) || isDifference(quantity) || isArea(quantity)
                || isAttendance(quantity) || isThreshold(text, end) || countsAList(text, start);
    }

    /**
     * Tells whether the quantity at {@code [start, end)} (UTF-16 indices), with its indicator, is a
     * capacity: after a word such as 年产 or 装机容量 or with one in its indicator (年处理畜禽养殖
     * 废弃物50万吨), or in a unit of output or power right before the noun it describes.
     */
    private static boolean isSpecification(SegmentedText words, int start, int end, Quantity quantity, String indicator) {
        String text = words.text();
        if (CAPACITY_WORDS.stream().anyMatch(indicator::contains)) {
            return true;
        }
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
    private static boolean isDifference(Quantity quantity) {
        return quantity.unit().endsWith("百分点");
    }

    /**
     * Tells whether the quantity ending at {@code end} (a UTF-16 index) is a threshold that
     * describes a class of things, not an amount achieved: 投资5000万元以上项目, 10亿元以上的企业.
     */
    private static boolean isThreshold(String text, int end) {
        boolean bounded = end >= 2 && (text.startsWith("以上", end - 2) || text.startsWith("以下", end - 2));
        return bounded && end < text.length() && isHan(text.charAt(end));
    }

    /** Tells whether the quantity counts events or attendance: 105场次, 140万人次. */
    private static boolean isAttendance(Quantity quantity) {
        String unit = quantity.unit();
        return EVENT_UNITS.contains(unit) || EVENT_UNITS.contains(unit.substring(Math.min(1, unit.length())));
    }

    /** Tells whether the quantity is an area: land taken, floor space, a region's size. */
    private static boolean isArea(Quantity quantity) {
        return AREA_UNITS.stream().anyMatch(quantity.unit()::endsWith);
    }

    /**
     * Tells whether the number at {@code start} (a UTF-16 index) counts the items of a list just
     * given (民生发展项目、乡村振兴发展项目等7个): the list's size, not something achieved.
     */
    private static boolean countsAList(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '等';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
