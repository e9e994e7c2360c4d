package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.StoryRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pairing a page's old stories with those the cleaner finds now. */
class StoryMatchingTest {

    private static final Article FLAGS = story("亮旗", "全市重点项目建设调度会对进度滞后的项目亮出黄旗，对连续两次亮黄旗的项目负责人进行约谈。");
    private static final Article START = story("开门红", "一季度全区固定资产投资同比增长百分之十二，实现开门红，新开工项目四十个。");
    private static final Article YOUTH = story("青年", "共青团莱山区委组织青年突击队走进项目一线，开展志愿服务和技能比武活动。");

    @Test
    void storiesInAnotherOrderPairWithTheirOwn() {
        int[] pairs = StoryMatching.pair(List.of(FLAGS, START), List.of(YOUTH, START, FLAGS));

        assertThat(pairs).containsExactly(2, 1);
    }

    @Test
    void storyWithALineLessStillPairs() {
        Article trimmed = story("亮旗", "全市重点项目建设调度会对进度滞后的项目亮出黄旗。");

        assertThat(StoryMatching.pair(List.of(START, FLAGS), List.of(trimmed, START))).containsExactly(1, 0);
    }

    @Test
    void storyWithNothingInCommonIsLeftUnpaired() {
        assertThat(StoryMatching.pair(List.of(FLAGS, YOUTH), List.of(START, FLAGS))).containsExactly(1, -1);
    }

    @Test
    void fileOfOneStoryPairsWithItselfWhateverItNowReads() {
        assertThat(StoryMatching.pair(List.of(FLAGS), List.of(YOUTH))).containsExactly(0);
    }

    private static Article story(String title, String text) {
        return new Article(Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of(Block.paragraph(text)), StoryRef.SINGLE);
    }
}
