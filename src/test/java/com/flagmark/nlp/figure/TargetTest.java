package com.flagmark.nlp.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void aTargetWordMarksTheFiguresOfItsSentence() {
        assertThat(Figures.read("力争年内新招引企业50家，落地项目2-3个。全年新开工项目61个。"))
                .extracting(Figure::target).containsExactly(true, true, false);
    }

    @Test
    void plannedFiguresAreTargets() {
        assertThat(Figures.read("届时，预计用工约2.5万人；计划补水400万立方米；全区将完成投资86亿元。"))
                .extracting(Figure::target).containsExactly(true, true, true);
    }

    @Test
    void aShareOfThePlanThatWasDoneIsAResult() {
        assertThat(Figures.read("全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%。"))
                .extracting(Figure::target).containsExactly(false, false, false);
    }
}
