package com.flagmark.nlp.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How numbers and units are read: value and unit as written, ranges, 余, Chinese numerals. */
class QuantityTest {

    @Test
    void readsRangesWithAHyphenOrWithZhi() {
        assertThat(Figures.quantities("力争落地项目2-3个，年内争取2至3个项目开工。"))
                .containsExactly(Quantity.of("2-3", "个"), Quantity.of("2-3", "个"));
    }

    @Test
    void readsARangeInChineseNumerals() {
        assertThat(Figures.quantities("学生搬进了六到八人的宿舍，每周训练一到两次。"))
                .containsExactly(Quantity.of("6-8", "人"), Quantity.of("1-2", "次"));
    }

    @Test
    void yuAfterANumberMeansAtLeast() {
        assertThat(Figures.quantities("吸引6000余人前来求职，避免损失100余万元，生产4万余件。")).containsExactly(
                new Quantity("6000", "人", Bound.AT_LEAST), new Quantity("100", "万元", Bound.AT_LEAST),
                new Quantity("4", "万件", Bound.AT_LEAST));
    }

    @Test
    void readsChineseNumeralsThatAreFigures() {
        assertThat(Figures.quantities("决定组建三个专班，吸引两千余人参加，返岗率达百分之九十八。")).containsExactly(
                Quantity.of("3", "个"), new Quantity("2000", "人", Bound.AT_LEAST), Quantity.of("98", "%"));
    }

    @Test
    void readsDecimalsThousandsSeparatorsAndFullWidthDigits() {
        assertThat(Figures.quantities("回购本金额11,910,000美元，单位国内生产总值能耗下降１９．１％。"))
                .containsExactly(Quantity.of("11910000", "美元"), Quantity.of("19.1", "%"));
    }

    @Test
    void wordsAroundTheNumberBoundIt() {
        assertThat(Figures.quantities("预计用工约2.5万人，返岗率已达到97%以上，行程近两万公里，温度20度左右的1.5米。"))
                .containsExactly(new Quantity("2.5", "万人", Bound.ABOUT), new Quantity("97", "%", Bound.AT_LEAST),
                        new Quantity("2", "万公里", Bound.AT_MOST), Quantity.of("1.5", "米"));
    }

    /** The 约 of 签约 is no 约 (hb-ws detail-474 in the corpus). */
    @Test
    void aBoundingCharacterInsideAWordBoundsNothing() {
        assertThat(Figures.quantities("其中阳新签约18个项目。")).containsExactly(Quantity.of("18", "个"));
    }

    @Test
    void datesYearsPhoneNumbersDocumentNumbersAndOrdinalsAreNoFigures() {
        assertThat(Figures.in("2月7日上午，2022年工作动员大会召开。第3批项目于10时签约，前3批撤回率高。"
                + "依据鲁政发〔2023〕5号文件，联系电话0536-8888222或13800138000。")).isEmpty();
    }

    @Test
    void modelNamesAndSlogansAreNoFigures() {
        assertThat(Figures.in("建设5G基站和4GW电池片项目，实施“4000+”行动和“1+1+1”走访机制，"
                + "开展“百场千企万岗促就业”活动，落实“三张清单”，推进三次产业协调发展。")).isEmpty();
    }

    @Test
    void vagueAmountsAndChineseNumeralsInWordsAreNoFigures() {
        assertThat(Figures.in("数十家企业深入一线，一个项目、一名领导，城市更新十二大片区，“十四五”末。")).isEmpty();
    }

    @Test
    void aPercentageOfNothingIsNoFigure() {
        assertThat(Figures.in("全体干部拿出100%的干劲，百分之百的努力，100%。")).isEmpty();
    }

    @Test
    void aSpaceBetweenDigitsAndTheirUnitIsRead() {
        assertThat(Figures.quantities("陕西援疆公路项目开工6 个，投资概算12.8 亿元，天津援助5.16 亿。"))
                .containsExactly(Quantity.of("6", "个"), Quantity.of("12.8", "亿元"), Quantity.of("5.16", "亿"));
    }

    @Test
    void sectionsOfRoadAndTransformerCapacityAreUnits() {
        assertThat(Figures.quantities("已打通5段，新开工变电容量201万千伏安。"))
                .containsExactly(Quantity.of("5", "段"), Quantity.of("201", "万千伏安"));
    }

    @Test
    void aRangeWithItsMagnitudeOnBothEndsKeepsTheMagnitudeInTheUnit() {
        assertThat(Figures.quantities("船舶从2万到25万吨不等。")).containsExactly(Quantity.of("2-25", "万吨"));
    }

    @Test
    void twoNeighbouringDigitsAreARange() {
        assertThat(Figures.quantities("招收两三个学徒，七八家企业参加。"))
                .containsExactly(Quantity.of("2-3", "个"), Quantity.of("7-8", "家"));
    }
}
