package com.flagmark.nlp.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortFormsTest {

    @Test
    void levelSuffixIsDropped() {
        assertThat(shortForm("济南市", DivisionLevel.PREFECTURE)).isEqualTo("济南");
        assertThat(shortForm("寒亭区", DivisionLevel.COUNTY)).isEqualTo("寒亭");
        assertThat(shortForm("山东省", DivisionLevel.PROVINCE)).isEqualTo("山东");
        assertThat(shortForm("锡林郭勒盟", DivisionLevel.PREFECTURE)).isEqualTo("锡林郭勒");
        assertThat(shortForm("大兴安岭地区", DivisionLevel.PREFECTURE)).isEqualTo("大兴安岭");
        assertThat(shortForm("浦东新区", DivisionLevel.COUNTY)).isEqualTo("浦东");
    }

    @Test
    void peoplesOfAnAutonomousDivisionAreDropped() {
        assertThat(shortForm("广西壮族自治区", DivisionLevel.PROVINCE)).isEqualTo("广西");
        assertThat(shortForm("新疆维吾尔自治区", DivisionLevel.PROVINCE)).isEqualTo("新疆");
        assertThat(shortForm("内蒙古自治区", DivisionLevel.PROVINCE)).isEqualTo("内蒙古");
        assertThat(shortForm("延边朝鲜族自治州", DivisionLevel.PREFECTURE)).isEqualTo("延边");
        assertThat(shortForm("孟连傣族拉祜族佤族自治县", DivisionLevel.COUNTY)).isEqualTo("孟连");
        assertThat(shortForm("东乡族自治县", DivisionLevel.COUNTY)).isEqualTo("东乡");
    }

    @Test
    void oneCharacterStemHasNoShortForm() {
        assertThat(ShortForms.of(new Division("320322", "沛县", DivisionLevel.COUNTY, "320300"))).isEmpty();
    }

    @Test
    void townshipsAndZonesHaveNoShortForm() {
        assertThat(ShortForms.of(new Division("370505101", "胜坨镇", DivisionLevel.TOWNSHIP, "370505"))).isEmpty();
        assertThat(ShortForms.of(new Division("370772", "潍坊滨海经济技术开发区", DivisionLevel.ZONE, "370700")))
                .isEmpty();
    }

    private static String shortForm(String name, DivisionLevel level) {
        return ShortForms.of(new Division("0", name, level, "")).orElseThrow();
    }
}
