package com.flagmark.nlp.figure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The units a figure may have, with their magnitudes as written (万人, 亿元, 万余件), and the
 * words after a number that make it no figure: dates and times (2月20日, 10时), ages, ordinals
 * of things (3号, 二期), rankings (500强).
 */
final class Units {

    /**
     * A unit read after a number.
     *
     * @param end where the unit ends in the text
     * @param unit the unit without 余 or 多, 万件 for 万余件
     * @param figure false for a date, a time or another word that makes the number no figure
     * @param more whether 余 or 多 stood between the magnitude and the unit
     */
    record Match(int end, String unit, boolean figure, boolean more) {
    }

    private static final Set<String> FIGURE_UNITS = Set.of(
            "元", "美元", "欧元", "港元", "日元", "英镑", "人民币",
            "人", "人次", "名", "位", "户", "家", "家次", "个", "项", "件", "台", "套", "座", "条", "处", "场",
            "场次", "次", "批", "所", "栋", "间", "辆", "艘", "架", "株", "棵", "头", "只", "种", "类", "款",
            "单", "笔", "份", "张", "列", "趟", "车次", "班次", "架次", "艘次",
            "亩", "公顷", "平方米", "平方公里", "平方千米", "立方米", "公里", "千米", "米", "吨", "千克", "公斤",
            "标准箱", "标箱", "千瓦", "千瓦时", "兆瓦", "千伏安", "兆伏安", "段", "口", "倍", "个百分点", "百分点", "个基点", "基点", "%", "％", "‰");
    private static final Set<String> NOT_FIGURE_UNITS = Set.of(
            "年", "年度", "年底", "年初", "年末", "年代", "月", "月份", "月底", "月初", "月末", "日", "号", "天",
            "时", "小时", "分", "分钟", "秒", "点", "点钟", "周", "周年", "周岁", "岁", "季度", "个月", "个多月",
            "个季度", "个工作日", "个小时", "届", "期", "代", "级", "楼", "层", "号线", "路", "版", "世纪", "后",
            "强", "#");
    /** Magnitudes after digits, longest first. */
    private static final List<String> MAGNITUDES = List.of("万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万",
            "亿", "万", "千", "百");
    /** Magnitudes that make a unit on their own: 超过3000万. */
    private static final Set<String> LONE_MAGNITUDES = Set.of("万亿", "千万", "百万", "亿", "万");
    private static final int LONGEST = 4;

    private Units() {
    }

    /**
     * Returns the unit that starts at {@code at}: a unit of its own (个百分点, 千瓦), else a
     * magnitude, perhaps 余 or 多, and a unit (万人, 亿元, 万余件), else a magnitude alone.
     */
    static Optional<Match> at(String text, int at) {
        Optional<Match> plain = base(text, at, "", false);
        if (plain.isPresent()) {
            return plain;
        }
        for (String magnitude : MAGNITUDES) {
            if (text.startsWith(magnitude, at)) {
                int after = at + magnitude.length();
                boolean more = after < text.length() && (text.charAt(after) == '余' || text.charAt(after) == '多');
                Optional<Match> unit = base(text, more ? after + 1 : after, magnitude, more);
                if (unit.isPresent()) {
                    return unit;
                }
                return LONE_MAGNITUDES.contains(magnitude) && !more
                        ? Optional.of(new Match(after, magnitude, true, false)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> base(String text, int at, String magnitude, boolean more) {
        for (int length = Math.min(LONGEST, text.length() - at); length > 0; length--) {
            String word = text.substring(at, at + length);
            if (NOT_FIGURE_UNITS.contains(word)) {
                return Optional.of(new Match(at + length, magnitude + word, false, more));
            }
            if (FIGURE_UNITS.contains(word)) {
                return Optional.of(new Match(at + length, magnitude + word.replace('％', '%'), true, more));
            }
        }
        return Optional.empty();
    }
}
