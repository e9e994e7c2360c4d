package com.flagmark.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.text.RawBlock.Hint;
import com.flagmark.nlp.HanlpSegmenter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineRepairTest {

    private final LineRepair repair = new LineRepair(HanlpSegmenter.get());

    @Test
    void joinsAWordBrokenAfterASentence() {
        assertThat(repaired("如此“拼”劲，也给了企业更大信心。山", "东亚康药业股份有限公司扎根寒亭多年。"))
                .containsExactly("如此“拼”劲，也给了企业更大信心。山东亚康药业股份有限公司扎根寒亭多年。");
    }

    @Test
    void joinsANumberBrokenAcrossLinesWhereTheSegmenterSeesAWord() {
        assertThat(repaired("为此，奎文区还建立了城市更新十", "二大片区和重点园区、项目、楼宇工作调度机制。"))
                .containsExactly("为此，奎文区还建立了城市更新十二大片区和重点园区、项目、楼宇工作调度机制。");
    }

    @Test
    void joinsALineThatStopsAfterAComma() {
        assertThat(repaired("据悉，“蓝黄红”标识将作为重点项目考核的重要内容，", "纳入全区高质量发展综合绩效考核。"))
                .containsExactly("据悉，“蓝黄红”标识将作为重点项目考核的重要内容，纳入全区高质量发展综合绩效考核。");
    }

    @Test
    void joinsBeforeAFigureThatLooksLikeAListNumber() {
        assertThat(repaired("全年地区生产总值同比增长5%，固定资产投资增长", "22.5%，进出口增长22.7%。"))
                .containsExactly("全年地区生产总值同比增长5%，固定资产投资增长22.5%，进出口增长22.7%。");
    }

    @Test
    void neverGluesAHeadingToTheBodyText() {
        assertThat(repaired("保障用工谋划早", "3351790人——这是截至2月20日省外劳动力返金数量。"))
                .containsExactly("保障用工谋划早", "3351790人——这是截至2月20日省外劳动力返金数量。");
        assertThat(repaired("济南", "四级就业服务机构", "现场“解题”", "2月7日，春节假期后上班第一天。"))
                .hasSize(4);
    }

    @Test
    void keepsParagraphsThatEndASentence() {
        assertThat(repaired("开局即决战，寒亭区全面复苏火力全开。", "潍坊41家企业被评为省市级健康企业"))
                .hasSize(2);
        assertThat(repaired("累计打击恶意商标注册申请37.6万件。(央视新闻)", "另据报道，相关工作仍在推进。"))
                .hasSize(2);
    }

    @Test
    void neverJoinsIntoABylineDatelineOrListItem() {
        assertThat(repaired("以项目支撑高质量发展，奋力实现首季开门红 探索城市更新", "□ 本报记者 都镇强")).hasSize(2);
        assertThat(repaired("近日，全市召开项目推进会，各区县作了汇报，会议要求", "本报潍坊讯 截至2022年底，全市……")).hasSize(2);
        assertThat(repaired("会议提出三点要求，", "一、压实责任。")).hasSize(2);
    }

    @Test
    void neverJoinsLinesTheMarkupMarkedAsHeadings() {
        List<RawBlock> lines = List.of(new RawBlock("第一部分，", Hint.HEADING), RawBlock.plain("正文从这里开始。"));

        assertThat(repair.repair(lines)).hasSize(2);
    }

    private List<String> repaired(String... lines) {
        return repair.repair(Arrays.stream(lines).map(RawBlock::plain).toList()).stream().map(RawBlock::text).toList();
    }

    @Test
    void readsASentenceAsEndedBeforeItsTrailingCredit() {
        assertThat(LineRepair.endsSentence("会议于周三结束。（记者 王某）")).isTrue();
        assertThat(LineRepair.endsSentence("会议于周三结束(新华社)")).isFalse();
        assertThat(LineRepair.endsSentence("会议于（周三）结束。")).isTrue();
        assertThat(LineRepair.endsSentence("会议于周三结束，（记者")).isFalse();
    }
}
