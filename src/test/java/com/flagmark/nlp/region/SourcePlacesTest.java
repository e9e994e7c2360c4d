package com.flagmark.nlp.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The province of an article's source, from the name of its newspaper or site, or else its file's path. */
class SourcePlacesTest {

    private static final SourcePlaces PLACES = SourcePlaces.shared();

    @Test
    void aNewspaperNamedAfterItsCityGivesTheCitysProvince() {
        assertThat(province("潍坊日报", "a.txt")).contains("山东省");
    }

    @Test
    void aSiteNamedAfterItsProvinceGivesTheProvince() {
        assertThat(province("浙江在线", "a.txt")).contains("浙江省");
    }

    @Test
    void aSourceThatNamesNoPlaceLeavesItToTheFilesFolder() {
        assertThat(province("人民日报", "articles/金华/2022/a.txt")).contains("浙江省");
    }

    @Test
    void aNameOfPlacesInSeveralProvincesSaysNothing() {
        assertThat(province("朝阳区融媒体中心", "a.txt")).isEmpty();
    }

    @Test
    void noSourceAndAPlainPathSayNothing() {
        assertThat(PLACES.province(Optional.empty(), "corpus/html/detail-474.html")).isEmpty();
    }

    private static Optional<String> province(String source, String path) {
        return PLACES.province(Optional.of(source), path).map(Division::name);
    }
}
