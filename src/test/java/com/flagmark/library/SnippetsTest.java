package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final String PARAGRAPH = "三本台账，每月调度，每季度考核，先进的发红旗，后进的亮黄旗、"
            + "市领导对主要负责人进行约谈；对于招商服务部门，每个部门年内搜集和联络有价值招商线索。"
            + "春节假期过后是企业用工的高峰期，也是引导本地劳动力就近就地就业的黄金期。"
            + "为充分利用这一有利时机，春节假期后上班第一天，济南市人力资源社会保障局组织召开现场工作推进会。";

    @Test
    void marksCoverExactlyTheMatchedCharacters() {
        Snippet snippet = around(PARAGRAPH, "约谈");

        assertThat(marked(snippet)).containsExactly("约谈");
    }

    @Test
    void characterOutsideTheBasicPlaneBeforeTheHitDoesNotShiftTheMark() {
        Snippet snippet = around("𠮷野家的𠮷旗，红旗", "旗");

        assertThat(snippet.text()).isEqualTo("𠮷野家的𠮷旗，红旗");
        assertThat(snippet.marks()).containsExactly(new Snippet.Mark(7, 8), new Snippet.Mark(10, 11));
        assertThat(marked(snippet)).containsExactly("旗", "旗");
    }

    @Test
    void wordIsNotFoundAcrossPunctuationOrALineBreak() {
        assertThat(Snippets.around("市领导进行约，谈话", SearchQuery.parse("约谈"))).isEmpty();
        assertThat(Snippets.around("保持稳定。\n枣庄市", SearchQuery.parse("定枣"))).isEmpty();
    }

    @Test
    void punctuationTypedInATermMatchesAnySeparatorAndIsMarkedWithIt() {
        Snippet snippet = around("进行约，谈话，也约 谈，不是约谈", "约、谈");

        assertThat(marked(snippet)).containsExactly("约，谈", "约 谈");
    }

    @Test
    void latinHitIsFoundWhateverItsCaseAndWidth() {
        Snippet snippet = around("在ＯＬＥＤ盖板与oled屏", "Oled");

        assertThat(marked(snippet)).containsExactly("ＯＬＥＤ", "oled");
    }

    @Test
    void longTextIsCutAroundTheFirstHitWithEllipses() {
        String text = PARAGRAPH + PARAGRAPH;

        Snippet snippet = around(text, "黄金期");

        assertThat(snippet.text()).startsWith("…").endsWith("…");
        assertThat(snippet.text().length()).isBetween(Snippets.WIDTH, Snippets.WIDTH + 2);
        assertThat(marked(snippet)).first().isEqualTo("黄金期");
        assertThat(snippet.text().indexOf("黄金期")).isGreaterThanOrEqualTo(20);
    }

    @Test
    void hitNearTheStartKeepsTheStart() {
        Snippet snippet = around(PARAGRAPH, "台账");

        assertThat(snippet.text()).startsWith("三本台账").endsWith("…");
    }

    @Test
    void cutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "𠮷".repeat(40) + "约谈" + "𠮷".repeat(80);

        Snippet snippet = around(text, "约谈");

        assertThat(snippet.text().codePoints()).doesNotContain(0xFFFD);
        assertThat(Character.isLowSurrogate(snippet.text().charAt(1))).isFalse();
        assertThat(Character.isHighSurrogate(snippet.text().charAt(snippet.text().length() - 2))).isFalse();
        assertThat(marked(snippet)).containsExactly("约谈");
    }

    @Test
    void lineBreaksShowAsSpaces() {
        Snippet snippet = around("四级就业服务机构\n现场“解题”", "解题");

        assertThat(snippet.text()).isEqualTo("四级就业服务机构 现场“解题”");
    }

    @Test
    void everyTermOfTheQueryIsMarked() {
        Snippet snippet = around(PARAGRAPH, "红旗 黄旗");

        assertThat(marked(snippet)).containsExactly("红旗", "黄旗");
    }

    @Test
    void textWithoutTheTermHasNoSnippet() {
        assertThat(Snippets.around(PARAGRAPH, SearchQuery.parse("5G"))).isEmpty();
    }

    private static Snippet around(String text, String query) {
        return Snippets.around(text, SearchQuery.parse(query)).orElseThrow();
    }

    private static List<String> marked(Snippet snippet) {
        return snippet.marks().stream()
                .map(mark -> snippet.text().substring(mark.start(), mark.end()))
                .toList();
    }
}
