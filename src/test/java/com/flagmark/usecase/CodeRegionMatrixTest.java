package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.model.FlagmarkException;
import com.flagmark.model.RegionRule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code × region table over the hand-coded library of {@link CodedRegions}; every count worked out by hand. */
class CodeRegionMatrixTest {

    @TempDir
    static Path folder;

    private static CodedRegions library;

    @BeforeAll
    static void codeTheLibrary() throws IOException {
        library = CodedRegions.in(folder);
    }

    @AfterAll
    static void close() {
        library.session.close();
    }

    @Test
    void everyRegionCodedInAnArticleCountsItsPassagesAtThePrefectureLevel() {
        Matrix matrix = measures(RegionLevel.PREFECTURE, RegionRule.ANY);

        assertThat(regions(matrix)).containsExactly("330100", "370100", "370700");
        assertThat(cells(matrix, "370700", Counted.PASSAGES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/亮旗评比", 3, "措施/约谈问责", 3, "措施/观摩点评", 2));
        assertThat(cells(matrix, "370100", Counted.PASSAGES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/亮旗评比", 2, "措施/约谈问责", 3, "措施/观摩点评", 2));
        assertThat(cells(matrix, "330100", Counted.PASSAGES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/约谈问责", 1, "措施/观摩点评", 1));
    }

    @Test
    void totalsCountAPassageOnceThoughItIsInTwoRegionsOrCarriesTwoCodes() {
        Matrix matrix = measures(RegionLevel.PREFECTURE, RegionRule.ANY);

        assertThat(row(matrix, "370700").total()).isEqualTo(new Counts(4, 8));
        assertThat(row(matrix, "370100").total()).isEqualTo(new Counts(3, 7));
        assertThat(matrix.withoutRegion().total()).isEqualTo(new Counts(1, 1));
        assertThat(cells(matrix.withoutRegion(), matrix, Counted.PASSAGES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/亮旗评比", 1, "措施/约谈问责", 1));
        assertThat(columnTotal(matrix, "措施/亮旗评比")).isEqualTo(new Counts(4, 4));
        assertThat(columnTotal(matrix, "措施/约谈问责")).isEqualTo(new Counts(5, 5));
        assertThat(columnTotal(matrix, "措施/观摩点评")).isEqualTo(new Counts(3, 3));
        assertThat(matrix.total()).isEqualTo(new Counts(6, 11));
    }

    @Test
    void theMainRegionIsTheOneCodedMostOftenTiesGoingToTheFirst() {
        Matrix matrix = measures(RegionLevel.PREFECTURE, RegionRule.MAIN);

        // A1 and A4 are 潍坊's by count, A6 by coming first in a tie; A2 is 济南's.
        assertThat(cells(matrix, "370700", Counted.ARTICLES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/亮旗评比", 2, "措施/约谈问责", 2, "措施/观摩点评", 1));
        assertThat(row(matrix, "370700").total()).isEqualTo(new Counts(3, 5));
        assertThat(cells(matrix, "370100", Counted.ARTICLES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/亮旗评比", 1, "措施/约谈问责", 1, "措施/观摩点评", 1));
        assertThat(cells(matrix, "330100", Counted.ARTICLES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/约谈问责", 1, "措施/观摩点评", 1));
        assertThat(matrix.total()).isEqualTo(new Counts(6, 11));
    }

    @Test
    void countiesRollUpToTheirProvince() {
        Matrix matrix = measures(RegionLevel.PROVINCE, RegionRule.ANY);

        assertThat(regions(matrix)).containsExactly("330000", "370000");
        assertThat(cells(matrix, "370000", Counted.PASSAGES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/亮旗评比", 3, "措施/约谈问责", 3, "措施/观摩点评", 2));
        assertThat(row(matrix, "370000").total()).isEqualTo(new Counts(4, 8));
        assertThat(row(matrix, "370000").region().orElseThrow().name()).isEqualTo("山东省");
    }

    @Test
    void aPrefectureCodedAsSuchHasNoRowAmongTheCounties() {
        Matrix matrix = measures(RegionLevel.COUNTY, RegionRule.MAIN);

        assertThat(regions(matrix)).containsExactly("330106", "370102", "370703", "370705");
        // A3 codes 西湖区 and 杭州市 once each; only 西湖区 is a county, so it is A3's main county.
        assertThat(row(matrix, "330106").total()).isEqualTo(new Counts(1, 2));
        assertThat(row(matrix, "370705").total()).isEqualTo(new Counts(1, 2));
        assertThat(row(matrix, "370102").total()).isEqualTo(new Counts(1, 3));
        assertThat(row(matrix, "370703").total()).isEqualTo(new Counts(2, 3));
    }

    @Test
    void aSingleCodeWithChildrenGivesItsChildrenAsColumns() {
        Matrix matrix = measures(RegionLevel.PROVINCE, RegionRule.ANY);

        assertThat(matrix.columns()).hasSize(12);
        assertThat(matrix.columns().get(0).path()).isEqualTo("措施/亮旗评比");
    }

    @Test
    void chosenCodesAreTheColumnsAndTheScopeNarrowsThePassages() {
        Matrix matrix = new CodeRegionMatrix(library.session).compute(new CodeRegionMatrix.Request(RegionLevel.PREFECTURE,
                List.of(library.code("措施/约谈问责"), library.code("措施/观摩点评")), RegionRule.ANY,
                PassageFilter.ALL.withDates(Optional.empty(), Optional.of(LocalDate.of(2022, 2, 28)))));

        assertThat(matrix.columns()).extracting(Column::path).containsExactly("措施/约谈问责", "措施/观摩点评");
        assertThat(cells(matrix, "370700", Counted.PASSAGES)).containsExactlyInAnyOrderEntriesOf(
                Map.of("措施/约谈问责", 2, "措施/观摩点评", 1));
        assertThat(matrix.total()).isEqualTo(new Counts(2, 3));
    }

    @Test
    void aTableWithoutColumnsIsRefusedWithAMessage() {
        assertThatThrownBy(() -> new CodeRegionMatrix(library.session).compute(new CodeRegionMatrix.Request(
                RegionLevel.PROVINCE, List.of(), RegionRule.ANY, PassageFilter.ALL)))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("columns");
    }

    private static Matrix measures(RegionLevel level, RegionRule rule) {
        return new CodeRegionMatrix(library.session).compute(new CodeRegionMatrix.Request(level,
                List.of(library.code("措施")), rule, PassageFilter.ALL));
    }

    private static List<String> regions(Matrix matrix) {
        return matrix.rows().stream().map(row -> row.region().orElseThrow().code()).toList();
    }

    private static Matrix.Row row(Matrix matrix, String code) {
        return matrix.rows().stream().filter(row -> row.region().orElseThrow().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static Map<String, Integer> cells(Matrix matrix, String code, Counted unit) {
        return cells(row(matrix, code), matrix, unit);
    }

    /** The row's cells that counted something, by column path. */
    private static Map<String, Integer> cells(Matrix.Row row, Matrix matrix, Counted unit) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            int count = row.cells().get(i).of(unit);
            if (count > 0) {
                cells.put(matrix.columns().get(i).path(), count);
            }
        }
        return cells;
    }

    private static Counts columnTotal(Matrix matrix, String path) {
        for (int i = 0; i < matrix.columns().size(); i++) {
            if (matrix.columns().get(i).path().equals(path)) {
                return matrix.columnTotals().get(i);
            }
        }
        throw new AssertionError("No column " + path);
    }
}
