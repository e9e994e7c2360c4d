package com.flagmark.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.flagmark.render.Segments.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

    private static final String BLUE = "#1565c0";

    @Test
    void aBlockWithoutHighlightsIsOnePlainSegment() {
        assertThat(Segments.of("约谈三家单位", 10, List.of(highlight(1, 0, 5))))
                .containsExactly(new Segment(10, 16, "约谈三家单位", List.of()));
    }

    @Test
    void aHighlightSplitsTheBlockAtItsEnds() {
        Highlight flag = highlight(1, 12, 14);

        assertThat(Segments.of("约谈三家单位", 10, List.of(flag))).containsExactly(
                new Segment(10, 12, "约谈", List.of()),
                new Segment(12, 14, "三家", List.of(flag)),
                new Segment(14, 16, "单位", List.of()));
    }

    @Test
    void nestedHighlightsListTheInnermostFirst() {
        Highlight outer = highlight(1, 0, 6);
        Highlight inner = highlight(2, 2, 4);

        assertThat(Segments.of("约谈三家单位", 0, List.of(outer, inner))).extracting(Segment::text, Segment::covering)
                .containsExactly(
                        tuple("约谈", List.of(outer)),
                        tuple("三家", List.of(inner, outer)),
                        tuple("单位", List.of(outer)));
    }

    @Test
    void crossingHighlightsShareTheMiddleSegment() {
        Highlight left = highlight(1, 0, 4);
        Highlight right = highlight(2, 2, 5);

        List<Segment> segments = Segments.of("约谈三家单位", 0, List.of(left, right));

        assertThat(segments).extracting(Segment::text).containsExactly("约谈", "三家", "单", "位");
        assertThat(segments.get(1).covering()).containsExactly(right, left);
        assertThat(segments.get(2).covering()).containsExactly(right);
    }

    @Test
    void aHighlightAcrossBlocksCoversOnlyItsPartInEachBlock() {
        Highlight across = highlight(1, 3, 9);
        String first = "开门红";
        String second = "项目建设";

        assertThat(Segments.of(first, 0, List.of(across))).containsExactly(new Segment(0, 3, "开门红", List.of()));
        assertThat(Segments.of(second, 4, List.of(across))).containsExactly(
                new Segment(4, 8, "项目建设", List.of(across)));
        assertThat(Segments.of(first, 0, List.of(highlight(2, 1, 6)))).extracting(Segment::text)
                .containsExactly("开", "门红");
    }

    @Test
    void offsetsCountCodePointsSoACharacterOutsideTheBmpStaysWhole() {
        Highlight name = highlight(1, 1, 3);

        assertThat(Segments.of("𠮷𠮷野家", 0, List.of(name))).containsExactly(
                new Segment(0, 1, "𠮷", List.of()),
                new Segment(1, 3, "𠮷野", List.of(name)),
                new Segment(3, 4, "家", List.of()));
    }

    @Test
    void theSegmentsPutTogetherGiveTheBlockTextUnchanged() {
        String text = "𠮷野家在𠮷祥路开了新店，区领导到场。";
        List<Highlight> many = List.of(highlight(1, 0, 18), highlight(2, 3, 7), highlight(3, 5, 12),
                highlight(4, 5, 12), highlight(5, 11, 30), highlight(6, 17, 18));

        List<Segment> segments = Segments.of(text, 0, many);

        assertThat(segments.stream().map(Segment::text).reduce("", String::concat)).isEqualTo(text);
        assertThat(segments).allSatisfy(segment -> assertThat(segment.covering()).allSatisfy(highlight ->
                assertThat(highlight.start() <= segment.start() && highlight.end() >= segment.end()).isTrue()));
        assertThat(segments.get(segments.size() - 1).covering()).extracting(Highlight::id).containsExactly(6L, 1L, 5L);
    }

    @Test
    void identicalSpansAreOrderedById() {
        Highlight later = highlight(9, 0, 2);
        Highlight earlier = highlight(4, 0, 2);

        assertThat(Segments.of("约谈", 0, List.of(later, earlier)).get(0).covering()).containsExactly(earlier, later);
    }

    private static Highlight highlight(long id, int start, int end) {
        return new Highlight(id, start, end, BLUE, false);
    }
}
