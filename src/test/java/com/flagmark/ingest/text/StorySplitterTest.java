package com.flagmark.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Block;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySplitterTest {

    @Test
    void startsAStoryAtAHeadlineFollowedByAByline() {
        List<StorySplitter.Story> stories = split(
                "全市召开观摩会", "□记者 王明 报道", "本报讯 全市召开观摩会，现场打分排名。",
                "开发区亮旗", "□记者 李华 报道", "本报讯 开发区实行红黄旗评比。");

        assertThat(stories).hasSize(2);
        assertThat(texts(stories.get(1).headline())).containsExactly("开发区亮旗");
        assertThat(stories.get(1).body().get(0).text()).isEqualTo("□记者 李华 报道");
    }

    @Test
    void keepsSectionHeadingsWithoutBylinesInOneArticle() {
        List<StorySplitter.Story> stories = split(
                "济南", "四级就业服务机构", "2月7日，在济南弗迪产业项目现场召开推进会。",
                "威海", "亮红黄旗", "2月7日下午，威海召开全市招商引资推进会。");

        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).headline()).isEmpty();
    }

    @Test
    void startsAPhotoStoryWithoutHeadlineAtItsByline() {
        List<StorySplitter.Story> stories = split(
                "企业满负荷", "□记者 王明 报道", "本报讯 全区企业满负荷生产。",
                "□记者 张 蓓 报道", "春节假期后，企业加紧生产赶订单。图为车间内，员工正在加紧生产。");

        assertThat(stories).hasSize(2);
        assertThat(stories.get(1).headline()).isEmpty();
    }

    @Test
    void endsAStoryAtAClosingByline() {
        List<StorySplitter.Story> stories = split(
                "实干争春", "某某中心党组书记、主任 张三", "2023年，中心将认真贯彻落实动员大会精神。",
                "YMG全媒体记者 衣文萍 整理",
                "凝聚职工力量", "区总工会党组书记、常务副主席 刘都侠", "2023年，区总工会结合自身职能开展工作。");

        assertThat(stories).hasSize(2);
        assertThat(texts(stories.get(0).body())).endsWith("YMG全媒体记者 衣文萍 整理");
        assertThat(texts(stories.get(1).headline())).containsExactly("凝聚职工力量");
    }

    @Test
    void treatsABylineAtTheEndAsTheArticlesOwn() {
        List<StorySplitter.Story> stories = split("开足马力复工复产", "穿行于市开发区，各项目建设如火如荼。", "记者黄啟峰");

        assertThat(stories).hasSize(1);
    }

    private static List<StorySplitter.Story> split(String... lines) {
        List<RawBlock> raw = Arrays.stream(lines).map(RawBlock::plain).toList();
        return StorySplitter.split(BlockClassifier.classify(raw));
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }
}
