package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.library.Passage;
import com.flagmark.model.DateBin;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.CodedRegions;
import com.flagmark.usecase.Column;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Counts;
import com.flagmark.usecase.Matrix;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.Region;
import com.flagmark.usecase.RegionLevel;
import com.flagmark.usecase.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Passages, Matrix and Timeline view-models over the hand-coded library of
 * {@link CodedRegions}, on a real library file, without the toolkit. The counts are worked out
 * by hand from that class's table.
 */
class AnalysisViewModelsTest {

    @TempDir
    static Path temp;

    private Workspace workspace;

    @BeforeAll
    static void codeTheLibrary() throws IOException {
        CodedRegions.in(temp).session.close();
    }

    @BeforeEach
    void startAWindowsWorkspace() {
        workspace = new Workspace(new SynchronousExecutor(), "tester");
    }

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void passagesOfMeasuresInAPrefectureShowWithTheirPageRead() {
        PassagesViewModel passages = new PassagesViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));

        passages.filter(PassageFilter.ALL.withCodes(List.of(code("措施"))).withRegions(List.of("潍坊市"), RegionRule.ANY));

        // A1 two, A2 three, A4 one, A6 two: the measures of the four articles coding a county of 潍坊市.
        assertThat(passages.rows()).hasSize(8);
        assertThat(passages.rows()).allSatisfy(row -> assertThat(row.passageProperty().get()).isPresent());
        assertThat(passages.loadingProperty().get()).isFalse();
    }

    @Test
    void aNoteWrittenInThePassagesViewIsUndoneAsInTheReader() {
        PassagesViewModel passages = new PassagesViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));
        passages.filter(PassageFilter.ALL.withQuoteText(Optional.of("返岗率")));
        Passage outcome = PassagesViewModel.passageOf(passages.rows().get(0)).orElseThrow();

        passages.setNote(outcome, "人社局数字");
        assertThat(PassagesViewModel.passageOf(passages.rows().get(0)).orElseThrow().annotation().note())
                .isEqualTo("人社局数字");
        workspace.undo();

        assertThat(PassagesViewModel.passageOf(passages.rows().get(0)).orElseThrow().annotation().note()).isEmpty();
    }

    @Test
    void theMatrixShadesEachCellByItsShareOfTheLargest() {
        MatrixViewModel matrix = new MatrixViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));
        Matrix shown = matrix.matrixProperty().get().orElseThrow();

        // The largest cells count three articles (潍坊市 and 济南市 under 约谈问责); 杭州市's 约谈问责 is A3 alone.
        assertThat(matrix.shade(cell(shown, "370700", "措施/约谈问责"))).isEqualTo(1.0);
        assertThat(matrix.shade(cell(shown, "330100", "措施/约谈问责"))).isEqualTo(1.0 / 3);
    }

    @Test
    void countingPassagesInsteadOfArticlesNeedsNoNewCount() {
        MatrixViewModel matrix = new MatrixViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));
        Matrix before = matrix.matrixProperty().get().orElseThrow();

        matrix.setCounted(Counted.PASSAGES);

        assertThat(matrix.matrixProperty().get()).containsSame(before);
        assertThat(matrix.largestRows()).extracting(row -> row.region().map(Region::code).orElse(""))
                .startsWith("370700", "370100");
    }

    @Test
    void aCellOpensThePassagesOfItsCodeInItsRegionUnderTheRuleInForce() {
        MatrixViewModel matrix = new MatrixViewModel(workspace);
        PassagesViewModel passages = new PassagesViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));
        matrix.setRule(RegionRule.MAIN);
        Matrix shown = matrix.matrixProperty().get().orElseThrow();

        passages.filter(matrix.passagesOf(row(shown, "370700"), column(shown, "措施/约谈问责")));

        // Main region 潍坊市: A1 (寒亭区 twice), A4, A6 (a tie, 奎文区 first); of these A1 and A6 code 约谈问责.
        assertThat(passages.rows()).hasSize(2);
    }

    @Test
    void theTimelineByYearCountsUndatedArticlesApart() {
        TimelineViewModel timeline = new TimelineViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));

        timeline.setBin(DateBin.YEAR);
        Timeline shown = timeline.timelineProperty().get().orElseThrow();

        assertThat(shown.bins()).extracting(Timeline.Bin::label).containsExactly("2022", "2023");
        assertThat(shown.bins()).extracting(Timeline.Bin::total).containsExactly(new Counts(4, 9), new Counts(1, 1));
        assertThat(shown.undated().total()).isEqualTo(new Counts(1, 1));
    }

    @Test
    void regionsTypedWithACommaAreFollowedSideBySide() {
        TimelineViewModel timeline = new TimelineViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));

        timeline.setBin(DateBin.YEAR);
        timeline.setRegion(Optional.of("潍坊市、杭州市"), RegionRule.ANY);
        List<Timeline> series = timeline.regionSeriesProperty().get();

        assertThat(series).extracting(shown -> shown.region().orElseThrow().name()).containsExactly("潍坊市", "杭州市");
        // 2022: A1, A2 and A6 in 潍坊市 (seven measures), A3 in 杭州市 (two); A4 of 潍坊市 undated.
        assertThat(series.get(0).bins()).extracting(Timeline.Bin::total).containsExactly(new Counts(3, 7));
        assertThat(series.get(1).bins()).extracting(Timeline.Bin::total).containsExactly(new Counts(1, 2));
        assertThat(series.get(0).undated().total()).isEqualTo(new Counts(1, 1));
    }

    private long code(String path) {
        return workspace.codebookProperty().get().resolve(path).orElseThrow().id();
    }

    private static Matrix.Row row(Matrix matrix, String division) {
        return matrix.rows().stream().filter(row -> row.region().map(Region::code).orElse("").equals(division))
                .findFirst().orElseThrow();
    }

    private static Column column(Matrix matrix, String path) {
        return matrix.columns().stream().filter(column -> column.path().equals(path)).findFirst().orElseThrow();
    }

    private static Counts cell(Matrix matrix, String division, String path) {
        return row(matrix, division).cells().get(matrix.columns().indexOf(column(matrix, path)));
    }
}
