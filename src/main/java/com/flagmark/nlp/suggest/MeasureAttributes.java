package com.flagmark.nlp.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in what a measure's words say about it, under the codebook's attribute names: the colour
 * of the flag or badge its cue names (红旗 is 红, 黄牌 is 黄), and the cycle its clause names
 * (每周梳理, 半月调度, 每月通报). A cue of several colours (亮红黄旗, 蓝黄红) names the system,
 * not one colour, and fills none. In a list of measures written with 、 a cycle belongs to the
 * item that names it: in 每周梳理、半月调度、每月通报 each item has its own, and 调度 in
 * 日调度、周通报 has none.
 */
final class MeasureAttributes {

    static final String COLOUR = "colour";
    static final String CYCLE = "cycle";

    private static final String COLOURS = "红黄蓝绿";
    private static final String CLAUSE_ENDS = "，。；！？,;!?\n";
    /** What ends the item of a list a cycle is read from: a clause's end, or the enumeration comma. */
    private static final String ITEM_ENDS = CLAUSE_ENDS + "、";
    /** Words of a reporting cycle, each with the codebook's choice; 半月 before 月, which it holds. */
    private static final List<Map.Entry<String, String>> CYCLES = List.of(
            Map.entry("每周", "weekly"), Map.entry("一周一", "weekly"), Map.entry("周调度", "weekly"),
            Map.entry("半月", "half-monthly"), Map.entry("每月", "monthly"), Map.entry("一月一", "monthly"),
            Map.entry("月调度", "monthly"), Map.entry("每季", "quarterly"), Map.entry("一季一", "quarterly"),
            Map.entry("每年", "yearly"), Map.entry("一年一", "yearly"));

    private MeasureAttributes() {
    }

    /**
     * Returns the attributes of the measure whose cue word stands at {@code [start, end)} of
     * {@code text} (UTF-16 indices).
     */
    static Map<String, String> of(String text, int start, int end) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String cue = text.substring(start, end);
        String colours = cue.chars().filter(c -> COLOURS.indexOf(c) >= 0).distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (colours.length() == 1) {
            attributes.put(COLOUR, colours);
        }
        String item = text.substring(itemStart(text, start), itemEnd(text, end));
        for (Map.Entry<String, String> cycle : CYCLES) {
            if (item.contains(cycle.getKey())) {
                attributes.put(CYCLE, cycle.getValue());
                break;
            }
        }
        return attributes;
    }

    private static int itemStart(String text, int from) {
        int at = from;
        while (at > 0 && ITEM_ENDS.indexOf(text.charAt(at - 1)) < 0) {
            at--;
        }
        return at;
    }

    private static int itemEnd(String text, int from) {
        int at = from;
        while (at < text.length() && ITEM_ENDS.indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return at;
    }
}
