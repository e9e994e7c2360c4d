package com.flagmark.nlp.region;

import java.util.List;

/**
 * Tells a place name that begins the name of a company or an institution, which is not a region of
 * the story: 山东 in 山东亚康药业股份有限公司, 浙江 in 浙江大学, 菏泽 in
 * 精进电动科技(菏泽)有限公司. The name runs from the place to one of the suffixes below, over
 * characters that could be part of a name; a comma, a conjunction or a preposition ends it
 * (济南市政府与比亚迪股份有限公司 names 济南市 and a company, not a company of 济南).
 */
final class OrganizationNames {

    private static final List<String> SUFFIXES = List.of("有限公司", "公司", "集团", "大学", "学院", "银行",
            "日报", "晚报", "报社", "电视台", "卫视", "铁路局", "药业", "矿业", "煤业", "实业", "置业", "证券", "电气", "重工",
            "控股", "股份", "仪器");

    /** How far after a place the suffix may begin: a brand and a trade, such as 亚康药业. */
    private static final int LONGEST_BRAND = 10;

    /** Characters that a name does not hold: they join or relate separate things. */
    private static final String BREAKS = "与及同跟在的是为对向从把被将等了也都并而或由于到之以就让使这那其各我本该";

    private OrganizationNames() {
    }

    /** Tells whether the place at {@code [start, end)} of {@code text} begins a company's or institution's name. */
    static boolean begins(String text, int start, int end) {
        if (inParentheses(text, start, end)) {
            return suffixAt(text, end + 1);
        }
        int limit = Math.min(text.length(), end + LONGEST_BRAND + 1);
        for (int i = end; i < limit; i++) {
            if (suffixAt(text, i)) {
                return true;
            }
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || BREAKS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean inParentheses(String text, int start, int end) {
        return start > 0 && end < text.length() && "(（".indexOf(text.charAt(start - 1)) >= 0
                && ")）".indexOf(text.charAt(end)) >= 0;
    }

    private static boolean suffixAt(String text, int offset) {
        for (String suffix : SUFFIXES) {
            if (text.startsWith(suffix, offset)) {
                return true;
            }
        }
        return false;
    }
}
