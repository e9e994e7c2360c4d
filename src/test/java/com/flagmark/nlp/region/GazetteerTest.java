package com.flagmark.nlp.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void countyRollsUpThroughItsPrefectureToItsProvince() {
        Division hanting = gazetteer.division("370703").orElseThrow();

        assertThat(hanting.name()).isEqualTo("寒亭区");
        assertThat(hanting.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(codes(gazetteer.ancestors(hanting))).containsExactly("370700", "370000");
        assertThat(names(gazetteer.ancestors(hanting))).containsExactly("潍坊市", "山东省");
    }

    @Test
    void townshipHangsFromItsCounty() {
        Division shengtuo = gazetteer.division("370505101").orElseThrow();

        assertThat(shengtuo.name()).isEqualTo("胜坨镇");
        assertThat(shengtuo.level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(names(gazetteer.ancestors(shengtuo))).containsExactly("垦利区", "东营市", "山东省");
    }

    @Test
    void districtOfAMunicipalityHangsFromTheMunicipality() {
        Division chaoyang = gazetteer.division("110105").orElseThrow();

        assertThat(names(gazetteer.ancestors(chaoyang))).containsExactly("北京市");
        assertThat(gazetteer.prefectureOf(chaoyang).map(Division::code)).contains("110000");
    }

    @Test
    void countyLevelDevelopmentZoneIsAZoneOfItsCity() {
        Division binhai = gazetteer.division("370772").orElseThrow();

        assertThat(binhai.name()).isEqualTo("潍坊滨海经济技术开发区");
        assertThat(binhai.level()).isEqualTo(DivisionLevel.ZONE);
        assertThat(binhai.parent()).isEqualTo("370700");
    }

    @Test
    void prefectureWithoutCountiesIsOneDivisionAboveItsTownships() {
        Division dongguan = gazetteer.division("441900").orElseThrow();
        Division dongcheng = gazetteer.division("441900003").orElseThrow();

        assertThat(dongguan.level()).isEqualTo(DivisionLevel.PREFECTURE);
        assertThat(dongcheng.name()).isEqualTo("东城街道");
        assertThat(dongcheng.parent()).isEqualTo("441900");
    }

    @Test
    void placeholdersOfTheReleaseAreNotDivisions() {
        assertThat(gazetteer.named("市辖区")).isEmpty();
        assertThat(gazetteer.named("省直辖县级行政区划")).isEmpty();
        assertThat(gazetteer.division("419001").map(Division::parent)).contains("410000");
    }

    @Test
    void sameNameInSeveralCitiesGivesEveryDivision() {
        assertThat(codes(gazetteer.named("朝阳区"))).containsExactlyInAnyOrder("110105", "220104");
        assertThat(codes(gazetteer.named("鼓楼区"))).containsExactlyInAnyOrder("320106", "320302", "350102", "410204");
    }

    @Test
    void provinceIsFoundByNameShortFormOrCode() {
        assertThat(gazetteer.province("山东").map(Division::code)).contains("370000");
        assertThat(gazetteer.province("山东省").map(Division::code)).contains("370000");
        assertThat(gazetteer.province("370000").map(Division::name)).contains("山东省");
        assertThat(gazetteer.province("广西").map(Division::code)).contains("450000");
        assertThat(gazetteer.province("潍坊")).isEmpty();
    }

    @Test
    void holdsEveryLevelOfTheRelease() {
        assertThat(gazetteer.divisions().stream().filter(d -> d.level() == DivisionLevel.PROVINCE).count())
                .isEqualTo(34);
        assertThat(gazetteer.size()).isGreaterThan(44_000);
    }

    @Test
    void readsTheResourceFormat() throws IOException {
        Gazetteer small = Gazetteer.read(gzipped("code\tname\tlevel\tparent\n370000\t山东省\tprovince\t\n"
                + "370700\t潍坊市\tprefecture\t370000\n"));

        assertThat(small.size()).isEqualTo(2);
        assertThat(names(small.ancestors(small.division("370700").orElseThrow()))).containsExactly("山东省");
    }

    @Test
    void refusesALineThatIsNotADivision() {
        assertThatThrownBy(() -> Gazetteer.read(gzipped("code\tname\tlevel\tparent\n370000\t山东省\tstate\t\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("370000");
    }

    private static ByteArrayInputStream gzipped(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static List<String> codes(List<Division> divisions) {
        return divisions.stream().map(Division::code).toList();
    }

    private static List<String> names(List<Division> divisions) {
        return divisions.stream().map(Division::name).toList();
    }
}
