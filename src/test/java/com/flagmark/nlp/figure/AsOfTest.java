package com.flagmark.nlp.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsOfTest {

    private static Optional<AsOf> asOf(String paragraph, LocalDate published) {
        return Figures.in(paragraph, published).get(0).figure().asOf();
    }

    @Test
    void anAsOfInAnEarlierClauseHoldsForTheSentence() {
        assertThat(asOf("截至2月19日,我市重点企业开复工率达99.0%。", LocalDate.of(2022, 3, 1)))
                .contains(new AsOf("2月19日", Optional.of(LocalDate.of(2022, 2, 19))));
    }

    @Test
    void theEndOfAMonthOrYearIsItsLastDay() {
        assertThat(asOf("截至9月底，全国已经开工986万套。", LocalDate.of(2011, 10, 12)))
                .contains(new AsOf("9月底", Optional.of(LocalDate.of(2011, 9, 30))));
        assertThat(asOf("截至2022年底，潍坊市有41家企业通过评估。", LocalDate.of(2023, 2, 6)))
                .contains(new AsOf("2022年底", Optional.of(LocalDate.of(2022, 12, 31))));
    }

    @Test
    void aDateLongAfterTheArticleIsOfTheYearBefore() {
        assertThat(asOf("截至12月31日，全市返岗率达98%。", LocalDate.of(2023, 1, 10)))
                .contains(new AsOf("12月31日", Optional.of(LocalDate.of(2022, 12, 31))));
    }

    /** 到4月底前 in an article of 25 April 2011 is days ahead (likgjava cgxqzx in the corpus). */
    @Test
    void aDateJustAfterTheArticleIsOfItsYear() {
        assertThat(asOf("到4月底前，兴安盟开工项目有45个。", LocalDate.of(2011, 4, 25)))
                .contains(new AsOf("4月底", Optional.of(LocalDate.of(2011, 4, 30))));
    }

    @Test
    void nowIsTheArticlesDate() {
        assertThat(asOf("截至目前员工返岗率达98%。", LocalDate.of(2022, 3, 1)))
                .contains(new AsOf("目前", Optional.of(LocalDate.of(2022, 3, 1))));
    }

    @Test
    void withoutTheArticlesDateAMonthAndDayHaveNoYear() {
        assertThat(Figures.in("截至2月20日省外劳动力返金数量3351790人").get(0).figure().asOf())
                .contains(new AsOf("2月20日", Optional.empty()));
    }

    /** 在1月30日到1月31日举行的擂台赛 is when a contest was held (seeds/002, 安丘). */
    @Test
    void theEndOfADateRangeIsNoAsOf() {
        assertThat(asOf("在1月30日到1月31日举行的擂台赛上，安丘市14个乡镇逐个上台。", LocalDate.of(2023, 2, 6)))
                .isEmpty();
    }
}
