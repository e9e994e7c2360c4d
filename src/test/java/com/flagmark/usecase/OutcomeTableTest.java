package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outcomes table over the hand-coded library of {@link CodedRegions}. */
class OutcomeTableTest {

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
    void anOutcomeIsARowWithItsArticlesMainRegionDateAndValues() {
        List<OutcomeRow> rows = new OutcomeTable(library.session).rows(PassageFilter.ALL);

        assertThat(rows).hasSize(1);
        OutcomeRow row = rows.get(0);
        // A2 codes 历下区 twice and 奎文区 once.
        assertThat(row.region().orElseThrow().code()).isEqualTo("370102");
        assertThat(row.prefecture().orElseThrow().name()).isEqualTo("济南市");
        assertThat(row.province().orElseThrow().name()).isEqualTo("山东省");
        assertThat(row.date().orElseThrow().date()).isEqualTo(LocalDate.of(2022, 2, 20));
        assertThat(row.code()).isEqualTo("成效/复工复产");
        assertThat(row.indicator()).contains("返岗率");
        assertThat(row.value()).contains("97");
        assertThat(row.unit()).contains("%");
        assertThat(row.asOf()).isEmpty();
        assertThat(row.quote()).isEqualTo("返岗率达到97%");
    }

    @Test
    void otherCodesGiveTheirPassagesAsRowsWithoutValues() {
        List<OutcomeRow> rows = new OutcomeTable(library.session).rows(PassageFilter.ALL.withCodes(
                List.of(library.code("措施/观摩点评"))));

        assertThat(rows).extracting(OutcomeRow::articleId).containsExactly(library.id("A2"), library.id("A3"),
                library.id("A6"));
        assertThat(rows).extracting(row -> row.region().orElseThrow().name()).containsExactly("历下区", "西湖区", "奎文区");
        assertThat(rows).allSatisfy(row -> assertThat(row.value()).isEmpty());
    }
}
