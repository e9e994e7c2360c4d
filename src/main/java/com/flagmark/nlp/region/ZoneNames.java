package com.flagmark.nlp.region;

import java.util.List;
import java.util.OptionalInt;

/**
 * Development zones named after their division (金华开发区, 烟台总部经济基地, 潍坊高新区) and
 * those of an unnamed city or province (市开发区 in a city paper, 省黄三角农高区). Zones the
 * statistical release lists under their own names (潍坊滨海经济技术开发区) are in the gazetteer.
 */
final class ZoneNames {

    /** Kinds of zone, longest first so that 经济技术开发区 is taken before 开发区. */
    private static final List<String> SUFFIXES = List.of("高新技术产业开发区", "经济技术开发区", "高新技术开发区",
            "自由贸易试验区", "总部经济基地", "临港经济区", "临空经济区", "经济开发区", "综合保税区", "工业园区",
            "产业园区", "保税区", "开发区", "工业区", "工业园", "产业园", "经济园", "高新区", "经开区", "农高区", "自贸区",
            "示范区", "试验区", "综试区");

    /** How many characters of a zone's own name may stand between the division and the kind. */
    private static final int LONGEST_NAME = 4;

    /** Characters that end a zone's name: they join or relate separate things, or name an office. */
    private static final String BREAKS = "与和及同跟在的是为对向从把被将等了也都并而或由于到之以就让使这那其各我本该政府委局厅办负责管理";

    /** Characters before 市 or 省 that show it names the city or province the article is about. */
    private static final String BEFORE_UNNAMED = "在于到的我与和及是为对向从由将把经以、，。；：“（(";

    /** Characters after 市 or 省 that make the zone a kind (市属开发区, 省级高新区), not one zone. */
    private static final String KIND_OF_ZONE = "属级直内外辖各";

    private ZoneNames() {
    }

    /** Returns where a zone named after the division ending at {@code end} ends, if one follows it. */
    static OptionalInt after(String text, int end) {
        int limit = Math.min(text.length(), end + LONGEST_NAME + 1);
        for (int i = end; i < limit; i++) {
            OptionalInt zone = suffixAt(text, i);
            if (zone.isPresent()) {
                return zone;
            }
            if (!isHan(text.charAt(i)) || BREAKS.indexOf(text.charAt(i)) >= 0) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Returns where the zone of an unnamed city or province that starts at {@code start} (on its
     * 市 or 省) ends, if the text names one there.
     */
    static OptionalInt unnamedAt(String text, int start) {
        char unit = text.charAt(start);
        if (unit != '市' && unit != '省') {
            return OptionalInt.empty();
        }
        if (start > 0 && isHan(text.charAt(start - 1)) && BEFORE_UNNAMED.indexOf(text.charAt(start - 1)) < 0) {
            return OptionalInt.empty();
        }
        if (start + 1 < text.length() && KIND_OF_ZONE.indexOf(text.charAt(start + 1)) >= 0) {
            return OptionalInt.empty();
        }
        return after(text, start + 1);
    }

    /** Tells whether {@code name} ends in a zone's kind: 潍坊滨海经济技术开发区 does, 八五二农场 does not. */
    static boolean endsInAKind(String name) {
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Tells whether a zone's kind (开发区, 高新区…) begins at {@code offset}. */
    static boolean kindAt(String text, int offset) {
        return suffixAt(text, offset).isPresent();
    }

    private static OptionalInt suffixAt(String text, int offset) {
        for (String suffix : SUFFIXES) {
            if (text.startsWith(suffix, offset)) {
                return OptionalInt.of(offset + suffix.length());
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
