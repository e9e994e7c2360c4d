package com.flagmark.nlp.figure;

import java.util.List;
import java.util.Map;

/**
 * Words that news uses for what a cue word of the default codebook names, and that speak for the
 * cue's code wherever the codebook holds that cue: a road 建成 or 通车 is what 竣工 says of a
 * building, 销售收入 and 税收 are output as 产值 is. They follow the user's lexicon: a cue word
 * removed from the codebook takes its synonyms with it.
 */
final class CueSynonyms {

    private static final Map<String, List<String>> BY_CUE = Map.of(
            "开工", List.of("开建", "动工", "新开工", "开工建设", "全面启动", "启动建设"),
            "竣工", List.of("建成", "完工", "通车", "贯通", "打通", "建成通车"),
            "投产", List.of("投入运营", "投运", "并网", "并网发电"),
            "产值", List.of("销售收入", "营业收入", "主营业务收入", "销售额", "税收", "利税"),
            "增幅", List.of("增速"));

    private CueSynonyms() {
    }

    /** Returns the words that speak for {@code cue}, none if it has no synonyms. */
    static List<String> of(String cue) {
        return BY_CUE.getOrDefault(cue, List.of());
    }
}
