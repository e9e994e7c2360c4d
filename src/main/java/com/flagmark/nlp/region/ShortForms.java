package com.flagmark.nlp.region;

import java.util.List;
import java.util.Optional;

/**
 * The short form of a division's name, as news writes it: the name without its level suffix and
 * without the peoples named in an autonomous division's name (济南 for 济南市, 寒亭 for 寒亭区,
 * 延边 for 延边朝鲜族自治州, 广西 for 广西壮族自治区). Townships and zones have none: their
 * stems are too often ordinary words.
 */
final class ShortForms {

    /** Level suffixes, longest first so that 自治县 is taken before 县. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗",
            "地区", "林区", "新区", "矿区", "特区", "省", "市", "区", "县", "旗", "盟");

    /** The peoples that autonomous divisions are named for, longest first. */
    private static final List<String> PEOPLES = List.of("柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "塔吉克",
            "俄罗斯", "鄂伦春", "鄂温克", "达斡尔", "蒙古", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "纳西", "景颇",
            "仫佬", "仡佬", "布依", "布朗", "撒拉", "毛南", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "塔塔尔",
            "独龙", "赫哲", "门巴", "珞巴", "基诺", "东乡", "高山", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶",
            "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京", "各");

    private static final int SHORTEST = 2;

    private ShortForms() {
    }

    /** Returns the short form of a province's, prefecture's or county's name, if it has two characters or more. */
    static Optional<String> of(Division division) {
        if (division.level() == DivisionLevel.TOWNSHIP || division.level() == DivisionLevel.ZONE) {
            return Optional.empty();
        }
        String name = division.name();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String stem = withoutPeoples(name.substring(0, name.length() - suffix.length()), suffix);
                return stem.length() >= SHORTEST && !stem.equals(name) ? Optional.of(stem) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String withoutPeoples(String stem, String suffix) {
        if (!suffix.startsWith("自治")) {
            return stem;
        }
        String rest = stem;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String base = rest.endsWith("族") ? rest.substring(0, rest.length() - 1) : rest;
            for (String people : PEOPLES) {
                if (base.endsWith(people) && base.length() - people.length() >= SHORTEST) {
                    rest = base.substring(0, base.length() - people.length());
                    stripped = true;
                    break;
                }
            }
        }
        // A division named for one people alone keeps that name (东乡族自治县 is 东乡).
        return rest.endsWith("族") && rest.length() > SHORTEST ? rest.substring(0, rest.length() - 1) : rest;
    }
}
