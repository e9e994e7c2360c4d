package com.flagmark.nlp.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.flagmark.model.Block;
import com.flagmark.nlp.TestCodebook;
import com.flagmark.nlp.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of the figure grammar, each an exact input and the exact figure read from it. */
class FigureFinderTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2022, 3, 1);

    @Test
    void readsAnIndicatorAfterAnAsOfDate() {
        Figure expected = new Figure("省外劳动力返金数量", Quantity.of("3351790", "人"),
                Optional.of(new AsOf("2月20日", Optional.of(LocalDate.of(2022, 2, 20)))), false);

        assertThat(Figures.in("截至2月20日省外劳动力返金数量3351790人", MARCH_1)).containsExactly(
                new FigureMention(7, 24, "省外劳动力返金数量3351790人", 16, 24, expected, Optional.empty(), Optional.empty(),
                        Tier.LOW));
    }

    @Test
    void aRateWithItsCueIsAHighTierOutcome() {
        Figure expected = new Figure("返岗率", Quantity.of("98", "%"), Optional.empty(), false);

        assertThat(Figures.in("返岗率达98%")).containsExactly(new FigureMention(0, 7, "返岗率达98%", 4, 7, expected,
                Optional.of("成效/复工复产"), Optional.of("返岗率"), Tier.HIGH));
    }

    @Test
    void anInvestmentKeepsItsUnitAsWritten() {
        Figure expected = new Figure("总投资", Quantity.of("9.2", "亿元"), Optional.empty(), false);

        assertThat(Figures.in("总投资9.2亿元")).containsExactly(new FigureMention(0, 8, "总投资9.2亿元", 3, 8, expected,
                Optional.of("成效/投资"), Optional.of("总投资"), Tier.HIGH));
    }

    @Test
    void tenThousandsStayInTheUnit() {
        assertThat(Figures.read("2.5万人"))
                .containsExactly(new Figure("", Quantity.of("2.5", "万人"), Optional.empty(), false));
    }

    @Test
    void aFigureThatPointsForwardTakesItsIndicatorFromAfterIt() {
        Figure expected = new Figure("义乌规上工业企业的开复工率", Quantity.of("100", "%"),
                Optional.of(new AsOf("2月17日", Optional.of(LocalDate.of(2022, 2, 17)))), false);

        assertThat(Figures.in("100%——这是截至2月17日义乌规上工业企业的开复工率。", MARCH_1)).containsExactly(
                new FigureMention(0, 28, "100%——这是截至2月17日义乌规上工业企业的开复工率", 0, 4, expected,
                        Optional.of("成效/复工复产"), Optional.of("开复工率"), Tier.HIGH));
    }

    @Test
    void offsetsCountCodePoints() {
        assertThat(Figures.in("𠮷。返岗率达98%。")).singleElement()
                .satisfies(figure -> {
                    assertThat(figure.start()).isEqualTo(2);
                    assertThat(figure.end()).isEqualTo(9);
                    assertThat(figure.exact()).isEqualTo("返岗率达98%");
                });
    }

    @Test
    void aCountOfTheSurveyedIsLowTierAndTheFigureItGaveHigh() {
        assertThat(Figures.in("1月份，全市举办系列招聘活动105场次，3934家企业提供岗位10.96万个。"))
                .extracting(mention -> mention.figure().quantity(), FigureMention::code, FigureMention::tier)
                .containsExactly(
                        tuple(Quantity.of("105", "场次"), Optional.of("成效/就业"),
                                Tier.LOW),
                        tuple(Quantity.of("3934", "家"), Optional.of("成效/就业"),
                                Tier.LOW),
                        tuple(Quantity.of("10.96", "万个"), Optional.of("成效/就业"),
                                Tier.HIGH));
    }

    @Test
    void aSubsidyIsLowTier() {
        assertThat(Figures.in("兰溪市出台政策落实各种补贴，其中稳岗留工补贴增加至1000元。")).singleElement()
                .satisfies(figure -> {
                    assertThat(figure.figure()).isEqualTo(
                            new Figure("稳岗留工补贴增加", Quantity.of("1000", "元"), Optional.empty(), false));
                    assertThat(figure.tier()).isEqualTo(Tier.LOW);
                });
    }

    @Test
    void theCueOfACountsPredicateNamesItsCode() {
        assertThat(Figures.in("2月9日，武义县34个项目实现集中开工。")).singleElement().satisfies(figure -> {
            assertThat(figure.figure().indicator()).isEqualTo("项目");
            assertThat(figure.code()).contains("成效/项目进展");
            assertThat(figure.cue()).contains("开工");
            assertThat(figure.tier()).isEqualTo(Tier.HIGH);
        });
    }

    @Test
    void aUnitThatIsACueGivesItsCodeAtLowTierUnlessTheIndicatorNamesTheCode() {
        assertThat(Figures.in("项目全部达产后，可实现净利润80亿元；全县固定资产投资完成246.79亿元。"))
                .extracting(FigureMention::code, FigureMention::tier)
                .containsExactly(tuple(Optional.of("成效/投资"), Tier.LOW),
                        tuple(Optional.of("成效/投资"), Tier.HIGH));
    }

    @Test
    void figuresOfAListShareTheirIndicator() {
        assertThat(Figures.read("龙湖的营业支出分别为34.5亿元、50.9亿元和85.9亿元。"))
                .extracting(Figure::indicator, figure -> figure.quantity().value())
                .containsExactly(tuple("龙湖的营业支出", "34.5"),
                        tuple("龙湖的营业支出", "50.9"),
                        tuple("龙湖的营业支出", "85.9"));
    }

    @Test
    void aHeadingsFigureIsReadLikeAnyOther() {
        assertThat(Figures.in(TestCodebook.article(Block.heading("目标：高速公路总里程突破5500公里"))))
                .extracting(FigureMention::figure)
                .containsExactly(new Figure("高速公路总里程", new Quantity("5500", "公里", Bound.AT_LEAST),
                        Optional.empty(), true));
    }

    @Test
    void aFigureWithNoCueInItsParagraphTakesTheCodeOfTheNearestCueInTheArticle() {
        assertThat(Figures.in(TestCodebook.article(Block.paragraph("员工返岗率达98%。"),
                Block.paragraph("搭乘返岗专列抵达的务工人员763名。"))))
                .extracting(mention -> mention.figure().quantity().value(), FigureMention::code, FigureMention::tier)
                .containsExactly(tuple("98", Optional.of("成效/复工复产"), Tier.HIGH),
                        tuple("763", Optional.of("成效/复工复产"), Tier.LOW));
    }

    @Test
    void aWordOfTheCodesOwnNameBeforeTheFigureSpeaksForItAsACueDoes() {
        assertThat(Figures.in("水土保持工程投资1950万元。")).singleElement().satisfies(figure -> {
            assertThat(figure.code()).contains("成效/投资");
            assertThat(figure.cue()).contains("投资");
            assertThat(figure.tier()).isEqualTo(Tier.HIGH);
        });
    }

    @Test
    void aWordOfTheCodesNameInTheThingCountedGivesTheCodeAtLowTier() {
        assertThat(Figures.in("全区有41家企业通过评估。")).singleElement().satisfies(figure -> {
            assertThat(figure.figure().indicator()).isEqualTo("企业");
            assertThat(figure.code()).contains("成效/企业");
            assertThat(figure.tier()).isEqualTo(Tier.LOW);
        });
    }

    @Test
    void aCueWordComesBeforeAWordOfACodesName() {
        assertThat(Figures.in("规上工业企业开复工率100%。")).singleElement()
                .satisfies(figure -> assertThat(figure.code()).contains("成效/复工复产"));
    }

    @Test
    void aCapacityIsLowTierBesideAnOutcomesCue() {
        assertThat(Figures.in("签约年产2000万吨熟料项目，签约200兆瓦光伏项目。"))
                .extracting(mention -> mention.figure().quantity(), FigureMention::code, FigureMention::tier)
                .containsExactly(tuple(Quantity.of("2000", "万吨"), Optional.of("成效/项目进展"), Tier.LOW),
                        tuple(Quantity.of("200", "兆瓦"), Optional.of("成效/项目进展"), Tier.LOW));
    }

    @Test
    void aDifferenceInPercentagePointsIsLowTier() {
        assertThat(Figures.in("工业产值增幅高于全国3.77个百分点。")).singleElement()
                .satisfies(figure -> assertThat(figure.tier()).isEqualTo(Tier.LOW));
    }

    @Test
    void aSynonymOfACueWordSpeaksForTheCuesCode() {
        assertThat(Figures.in("年内开建高速公路17条，年销售收入达到18亿元。"))
                .extracting(FigureMention::code, FigureMention::cue, FigureMention::tier)
                .containsExactly(tuple(Optional.of("成效/项目进展"), Optional.of("开建"), Tier.HIGH),
                        tuple(Optional.of("成效/产值增长"), Optional.of("销售收入"), Tier.HIGH));
    }

    @Test
    void aGrowthRateTakesTheCodeAndTierOfTheFigureItIsTheGrowthOf() {
        assertThat(Figures.in("全社会用电量163.89亿千瓦时，同比增长16.49%；完成投资17.97亿元，同比增长29.84%。"))
                .extracting(mention -> mention.figure().quantity().value(), FigureMention::code, FigureMention::tier)
                .containsExactly(tuple("163.89", Optional.of("成效/产值增长"), Tier.LOW),
                        tuple("16.49", Optional.of("成效/产值增长"), Tier.LOW),
                        tuple("17.97", Optional.of("成效/投资"), Tier.HIGH),
                        tuple("29.84", Optional.of("成效/投资"), Tier.HIGH));
    }

    @Test
    void aFigureAfterAnOutcomeInItsSentenceContinuesIt() {
        assertThat(Figures.in("新开工线路202.79公里，变电容量201万千伏安。"))
                .extracting(FigureMention::code, FigureMention::tier)
                .containsExactly(tuple(Optional.of("成效/项目进展"), Tier.HIGH),
                        tuple(Optional.of("成效/项目进展"), Tier.HIGH));
    }

    @Test
    void aFigureAfterALowTierFigureDoesNotContinueAnEarlierCue() {
        assertThat(Figures.in("用电量163.89亿千瓦时，同比增长16.47%，最大负荷为850万千瓦。"))
                .extracting(FigureMention::tier).containsExactly(Tier.LOW, Tier.LOW, Tier.LOW);
    }

    @Test
    void aCapacityWordInTheIndicatorMakesACapacity() {
        assertThat(Figures.in("签约项目年处理畜禽养殖废弃物50万吨。")).singleElement()
                .satisfies(figure -> assertThat(figure.tier()).isEqualTo(Tier.LOW));
    }

    @Test
    void areasAttendanceThresholdsAndTheSizeOfAListAreLowTier() {
        assertThat(Figures.in("签约项目占地1100亩。")).extracting(FigureMention::tier).containsExactly(Tier.LOW);
        assertThat(Figures.in("招聘会吸引求职者140万人次。")).extracting(FigureMention::tier).containsExactly(Tier.LOW);
        assertThat(Figures.in("开工投资5000万元以上项目。")).extracting(FigureMention::tier).containsExactly(Tier.LOW);
        assertThat(Figures.in("签约光伏、风电等7个项目。")).extracting(FigureMention::tier).containsExactly(Tier.LOW);
    }

    @Test
    void theRateOfWhatACueNamesSpeaksForTheCuesCode() {
        assertThat(Figures.in("规模不等，开工率98%。")).singleElement().satisfies(figure -> {
            assertThat(figure.code()).contains("成效/项目进展");
            assertThat(figure.cue()).contains("开工率");
            assertThat(figure.tier()).isEqualTo(Tier.HIGH);
        });
    }

    @Test
    void halfOfACodesNameRightBeforeTheFigureSpeaksForTheCode() {
        assertThat(Figures.in("今年续建项目21个。")).singleElement().satisfies(figure -> {
            assertThat(figure.code()).contains("成效/项目进展");
            assertThat(figure.tier()).isEqualTo(Tier.HIGH);
        });
    }

    @Test
    void halfOfACodesNameFurtherBeforeTheFigureGivesOnlyTheLowTier() {
        assertThat(Figures.in("使每一个项目都有1名干部负责。")).singleElement().satisfies(figure -> {
            assertThat(figure.code()).contains("成效/项目进展");
            assertThat(figure.tier()).isEqualTo(Tier.LOW);
        });
    }
}
