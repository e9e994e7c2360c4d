package com.flagmark.nlp.cue;

import static com.flagmark.nlp.TestCodebook.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.Code;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.nlp.SampleTexts;
import com.flagmark.nlp.TestCodebook;
import com.flagmark.nlp.Tier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureFinderTest {

    private static List<MeasureMention> measures(CueLexicon lexicon, Article article) {
        HanlpSegmenter segmenter = HanlpSegmenter.withWords(lexicon.words());
        return new MeasureFinder(lexicon).find(article, segmenter.words(article.text()));
    }

    private static List<MeasureMention> measures(Article article) {
        return measures(TestCodebook.lexicon(), article);
    }

    @Test
    void aCueInASentenceIsAHighTierMeasure() {
        Article article = article(Block.paragraph("2月7日下午，威海召开全市招商引资和项目建设攻坚年推进会。"));

        assertThat(measures(article)).containsExactly(
                new MeasureMention("措施/集中开工", 22, 25, "攻坚年", "攻坚年", Tier.HIGH));
    }

    @Test
    void aCueInAHeadingIsLowTier() {
        Article article = article(Block.heading("亮红黄旗"), Block.paragraph("对先进的颁发红旗，对后进的亮黄旗。"));

        assertThat(measures(article)).containsExactly(
                new MeasureMention("措施/亮旗评比", 0, 4, "亮红黄旗", "亮红黄旗", Tier.LOW),
                new MeasureMention("措施/亮旗评比", 9, 13, "颁发红旗", "颁发红旗", Tier.HIGH),
                new MeasureMention("措施/亮旗评比", 18, 21, "亮黄旗", "亮黄旗", Tier.HIGH));
    }

    @Test
    void aCueInASloganIsLowTierAndInAReportHighTier() {
        Article article = article(Block.paragraph("春节假期后，潍坊峡山区全力以赴奋战首季开门红，规上企业上半年订单充足。"
                + "2月7日上午，我省2022年工作动员大会召开。"));

        assertThat(measures(article)).extracting(MeasureMention::exact, MeasureMention::tier)
                .containsExactly(tuple("开门红", Tier.LOW),
                        tuple("动员大会", Tier.HIGH));
    }

    @Test
    void aClauseThatRepeatsTheHeadlineIsASlogan() {
        Article article = article(Optional.of("喜看开门红 寒亭开新局"), Optional.empty(),
                Block.paragraph("各村各企业喜看开门红，寒亭区召开动员大会。"));

        assertThat(measures(article)).extracting(MeasureMention::exact, MeasureMention::tier)
                .containsExactly(tuple("开门红", Tier.LOW),
                        tuple("动员大会", Tier.HIGH));
    }

    @Test
    void aCueInsideALongerWordIsNoMeasure() {
        assertThat(measures(article(Block.paragraph("会议安排名单已经公布。")))).isEmpty();
    }

    /**
     * 红旗 of 红旗汽车 is the car (ifeng_3 in the corpus), of 红旗岭 a farm (a page of
     * hangyeliaowang in the corpus), not a flag awarded.
     */
    @Test
    void aCueThatBeginsANameIsNoMeasure() {
        Article article = article(Block.paragraph("“高铁模型”“红旗汽车SUV模型”作为长春的标志性产品亮相。"),
                Block.paragraph("位于红旗岭农场境内的千鸟湖湿地总面积16万亩。"));

        assertThat(measures(article)).isEmpty();
    }

    @Test
    void offsetsCountCodePoints() {
        assertThat(measures(article(Block.paragraph("𠮷市领导约谈主要负责人。"))))
                .containsExactly(new MeasureMention("措施/约谈问责", 4, 6, "约谈", "约谈", Tier.HIGH));
    }

    @Test
    void aCueOfTwoCodesGivesAMentionOfEach() {
        List<Code> codes = new ArrayList<>(TestCodebook.codes());
        codes.add(TestCodebook.code(7, 1, "督查", "督办"));

        assertThat(measures(CueLexicon.of(codes), article(Block.paragraph("经督办仍没有明显进展的。"))))
                .extracting(MeasureMention::code).containsExactly("措施/约谈问责", "措施/督查");
    }

    @Test
    void outcomeCuesAreNoMeasures() {
        assertThat(measures(article(Block.paragraph("目前返岗率已达到97%以上。")))).isEmpty();
    }

    @Test
    void editedCueWordsChangeWhatIsFound() {
        Article article = article(Block.paragraph("庆云各乡镇召开“收心微晨会”，市领导约谈主要负责人。"));
        List<Code> edited = new ArrayList<>(TestCodebook.codes());
        edited.set(2, TestCodebook.code(3, 1, "约谈问责", "问责", "督办"));
        edited.add(TestCodebook.code(8, 1, "收心会", "收心微晨会"));

        assertThat(measures(article)).extracting(MeasureMention::exact).containsExactly("约谈");
        assertThat(measures(CueLexicon.of(edited), article)).extracting(MeasureMention::exact)
                .containsExactly("收心微晨会");
    }

    /** A paragraph of 寒亭打响项目建设发令枪 (seeds/002) with the default codebook. */
    @Test
    void findsTheBadgesOfARealParagraph(@TempDir Path folder) {
        CueLexicon lexicon = CueLexicon.of(SampleTexts.defaultCodebook(folder));
        Article article = article(Optional.of("寒亭打响项目建设发令枪"), Optional.of(LocalDate.of(2023, 2, 6)),
                Block.paragraph("同时，每周对项目进度打分，建立重点项目“蓝黄红”督导机制，在比拼中，好的亮“蓝牌”，"
                        + "中间的亮“黄牌”，滞后的亮“红牌”。"));

        assertThat(measures(lexicon, article)).containsExactly(
                new MeasureMention("措施/考核排名", 10, 12, "打分", "打分", Tier.HIGH),
                new MeasureMention("措施/蓝黄红督导", 20, 23, "蓝黄红", "蓝黄红", Tier.HIGH),
                new MeasureMention("措施/蓝黄红督导", 38, 40, "蓝牌", "蓝牌", Tier.HIGH),
                new MeasureMention("措施/蓝黄红督导", 47, 49, "黄牌", "黄牌", Tier.HIGH),
                new MeasureMention("措施/蓝黄红督导", 56, 58, "红牌", "红牌", Tier.HIGH));
    }

    @Test
    void rankStatedInALeagueTableIsNoMeasure() {
        assertThat(measures(article(Block.paragraph("通车里程在全国排名第15位，营口港排名全球港口第12位。")))).isEmpty();
    }

    @Test
    void rankingOfThoseAssessedIsAMeasure() {
        assertThat(measures(article(Block.paragraph("排名靠后的县区要作说明。")))).containsExactly(
                new MeasureMention("措施/考核排名", 0, 2, "排名", "排名", Tier.HIGH));
    }

    @Test
    void synonymOfACueWordCountsAsTheCue() {
        assertThat(measures(article(Block.paragraph("今年将集体开工5个项目。")))).containsExactly(
                new MeasureMention("措施/集中开工", 3, 7, "集体开工", "集中开工", Tier.HIGH));
    }

    @Test
    void synonymCutIntoSeveralWordsCountsAsTheCue() {
        List<Code> codes = new ArrayList<>(TestCodebook.codes());
        codes.add(TestCodebook.code(7, 1, "助企服务", "纾困解难"));

        assertThat(measures(CueLexicon.of(codes), article(Block.paragraph("帮助企业解决用工难题。")))).containsExactly(
                new MeasureMention("措施/助企服务", 0, 6, "帮助企业解决", "纾困解难", Tier.HIGH));
    }
}
