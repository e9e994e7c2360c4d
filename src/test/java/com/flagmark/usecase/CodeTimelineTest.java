package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.DateBin;
import com.flagmark.model.RegionRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes over time over the hand-coded library of {@link CodedRegions}; every count worked out by hand. */
class CodeTimelineTest {

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
    void monthsRunFromTheFirstToTheLastWithTheEmptyOnesBetween() {
        Timeline timeline = measures(DateBin.MONTH, PassageFilter.ALL);

        assertThat(timeline.bins()).extracting(Timeline.Bin::label).containsExactly("2022-02", "2022-03", "2022-04",
                "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12", "2023-01");
        assertThat(totals(timeline)).containsExactly(new Counts(2, 5), Counts.ZERO, new Counts(2, 4), Counts.ZERO,
                Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO,
                new Counts(1, 1));
    }

    @Test
    void articlesWithoutADateAreCountedApart() {
        Timeline timeline = measures(DateBin.YEAR, PassageFilter.ALL);

        assertThat(timeline.undated().label()).isEmpty();
        assertThat(timeline.undated().total()).isEqualTo(new Counts(1, 1));
        assertThat(timeline.undated().cells().get(column(timeline, "措施/亮旗评比"))).isEqualTo(new Counts(1, 1));
        assertThat(timeline.total()).isEqualTo(new Counts(6, 11));
    }

    @Test
    void quartersAndYearsGatherTheMonths() {
        assertThat(totals(measures(DateBin.QUARTER, PassageFilter.ALL))).containsExactly(new Counts(2, 5),
                new Counts(2, 4), Counts.ZERO, Counts.ZERO, new Counts(1, 1));
        Timeline years = measures(DateBin.YEAR, PassageFilter.ALL);
        assertThat(years.bins()).extracting(Timeline.Bin::label).containsExactly("2022", "2023");
        assertThat(totals(years)).containsExactly(new Counts(4, 9), new Counts(1, 1));
    }

    @Test
    void eachCodeHasItsOwnCountInABin() {
        Timeline timeline = measures(DateBin.MONTH, PassageFilter.ALL);

        Timeline.Bin february = timeline.bins().get(0);
        assertThat(february.cells().get(column(timeline, "措施/亮旗评比"))).isEqualTo(new Counts(2, 2));
        assertThat(february.cells().get(column(timeline, "措施/约谈问责"))).isEqualTo(new Counts(2, 2));
        assertThat(february.cells().get(column(timeline, "措施/观摩点评"))).isEqualTo(new Counts(1, 1));
        Timeline.Bin april = timeline.bins().get(2);
        assertThat(april.cells().get(column(timeline, "措施/亮旗评比"))).isEqualTo(Counts.ZERO);
        assertThat(april.cells().get(column(timeline, "措施/观摩点评"))).isEqualTo(new Counts(2, 2));
    }

    @Test
    void aRegionNarrowsTheTimelineToItsArticles() {
        Timeline timeline = measures(DateBin.MONTH, PassageFilter.ALL.withRegions(List.of("杭州市"), RegionRule.ANY));

        assertThat(timeline.bins()).extracting(Timeline.Bin::label).containsExactly("2022-04");
        assertThat(timeline.bins().get(0).total()).isEqualTo(new Counts(1, 2));
        assertThat(timeline.undated().total()).isEqualTo(Counts.ZERO);
    }

    @Test
    void eachRegionGivenIsASeriesOfItsOwnOverTheSameBins() {
        List<Timeline> series = new CodeTimeline(library.session).perRegion(new CodeTimeline.Request(
                List.of(library.code("措施")), DateBin.MONTH,
                PassageFilter.ALL.withRegions(List.of("潍坊市", "杭州市"), RegionRule.ANY)));

        assertThat(series).extracting(timeline -> timeline.region().orElseThrow().code())
                .containsExactly("370700", "330100");
        assertThat(series.get(1).bins()).extracting(Timeline.Bin::label).containsExactly("2022-02", "2022-03", "2022-04");
        // 潍坊: A1 and A2 in February, A6 in April, A4 undated; 杭州: A3 in April.
        assertThat(totals(series.get(0))).containsExactly(new Counts(2, 5), Counts.ZERO, new Counts(1, 2));
        assertThat(series.get(0).undated().total()).isEqualTo(new Counts(1, 1));
        assertThat(totals(series.get(1))).containsExactly(Counts.ZERO, Counts.ZERO, new Counts(1, 2));
    }

    private static Timeline measures(DateBin bin, PassageFilter scope) {
        return new CodeTimeline(library.session).compute(new CodeTimeline.Request(List.of(library.code("措施")), bin, scope));
    }

    private static List<Counts> totals(Timeline timeline) {
        return timeline.bins().stream().map(Timeline.Bin::total).toList();
    }

    private static int column(Timeline timeline, String path) {
        return timeline.columns().stream().map(Column::path).toList().indexOf(path);
    }
}
