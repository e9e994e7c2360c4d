package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.library.Passage;
import com.flagmark.library.PassageOrder;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.RegionRule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every coded passage, filtered and ordered, over the hand-coded library of {@link CodedRegions}. */
class PassagesTest {

    @TempDir
    static Path folder;

    private static CodedRegions library;
    private static Passages passages;

    @BeforeAll
    static void codeTheLibrary() throws IOException {
        library = CodedRegions.in(folder);
        passages = new Passages(library.session);
    }

    @AfterAll
    static void close() {
        library.session.close();
    }

    @Test
    void aCodeTakesInTheCodesBelowIt() {
        assertThat(passages.count(measures())).isEqualTo(11);
        assertThat(passages.count(PassageFilter.ALL.withCodes(List.of(library.code("措施/约谈问责"))))).isEqualTo(5);
    }

    @Test
    void aProvinceTakesInItsPrefecturesAndCounties() {
        // A1, A2, A4 and A6 code places in 山东省: 2 + 3 + 1 + 2 measures.
        assertThat(passages.count(measures().withRegions(List.of("山东省"), RegionRule.ANY))).isEqualTo(8);
        assertThat(passages.count(measures().withRegions(List.of("370000"), RegionRule.ANY))).isEqualTo(8);
        // A1 and A4 code 寒亭区.
        assertThat(passages.count(measures().withRegions(List.of("寒亭区"), RegionRule.ANY))).isEqualTo(3);
    }

    @Test
    void theMainRegionRuleKeepsOnlyArticlesWhoseMainRegionItIs() {
        // 潍坊市 is the main prefecture of A1, A4 and A6 (a tie it wins by coming first), not of A2.
        assertThat(articlesOf(measures().withRegions(List.of("潍坊市"), RegionRule.MAIN)))
                .containsExactlyInAnyOrder(library.id("A1"), library.id("A4"), library.id("A6"));
        assertThat(articlesOf(measures().withRegions(List.of("潍坊市"), RegionRule.ANY)))
                .containsExactlyInAnyOrder(library.id("A1"), library.id("A2"), library.id("A4"), library.id("A6"));
    }

    @Test
    void coOccurrenceKeepsPassagesInArticlesThatAlsoHaveTheOtherCode() {
        PassageFilter flags = PassageFilter.ALL.withCodes(List.of(library.code("措施/亮旗评比")));
        long interview = library.code("措施/约谈问责");

        // A1, A2 and A5 have 约谈问责 too; A4 has not. A5's passage carries both codes.
        assertThat(articlesOf(flags.withTogether(Optional.of(interview), OptionalInt.empty())))
                .containsExactlyInAnyOrder(library.id("A1"), library.id("A2"), library.id("A5"));
    }

    @Test
    void coOccurrenceWithinNCharactersMeasuresTheGapBetweenThePassages() {
        PassageFilter flags = PassageFilter.ALL.withCodes(List.of(library.code("措施/亮旗评比")));
        long interview = library.code("措施/约谈问责");

        // 亮黄旗 and 约谈 stand 4 characters apart in A1 (。历下区), as 亮红旗 and 约谈 do in A2.
        assertThat(articlesOf(flags.withTogether(Optional.of(interview), OptionalInt.of(3))))
                .containsExactly(library.id("A5"));
        assertThat(articlesOf(flags.withTogether(Optional.of(interview), OptionalInt.of(4))))
                .containsExactlyInAnyOrder(library.id("A1"), library.id("A2"), library.id("A5"));
    }

    @Test
    void datesAreInclusiveAndLeaveUndatedArticlesOut() {
        PassageFilter february = measures().withDates(Optional.of(LocalDate.of(2022, 2, 8)),
                Optional.of(LocalDate.of(2022, 2, 20)));

        assertThat(articlesOf(february)).containsExactlyInAnyOrder(library.id("A1"), library.id("A2"));
    }

    @Test
    void theQuoteTextAndTheCoderNarrowThePassages() {
        assertThat(passages.count(measures().withQuoteText(Optional.of("红旗")))).isEqualTo(2);
        assertThat(passages.count(measures().withCoder(Optional.of("tester")))).isEqualTo(11);
        assertThat(passages.count(measures().withCoder(Optional.of("someone else")))).isZero();
    }

    @Test
    void aSearchNarrowsThePassagesToTheArticlesItFinds() {
        assertThat(articlesOf(measures().withQuery(Optional.of("杭州")))).containsExactly(library.id("A3"));
    }

    @Test
    void passagesComeByDateUndatedLastOrByTheColumnChosen() {
        List<Passage> byDate = passages.load(passages.find(measures(), PassageOrder.DATE, false));
        assertThat(byDate).extracting(passage -> passage.annotation().articleId()).containsExactly(
                library.id("A1"), library.id("A1"), library.id("A2"), library.id("A2"), library.id("A2"),
                library.id("A3"), library.id("A3"), library.id("A6"), library.id("A6"), library.id("A5"),
                library.id("A4"));
        List<Passage> byQuote = passages.load(passages.find(measures().withCodes(List.of(library.code("措施/亮旗评比"))),
                PassageOrder.QUOTE, true));
        assertThat(byQuote).extracting(passage -> passage.annotation().anchor().exact())
                .containsExactly("亮黄旗", "亮黄旗", "亮红旗和约谈", "亮红旗");
    }

    @Test
    void aFirstPageIsTheBeginningOfTheWholeOrderDatedAndUndatedAlike() {
        for (boolean descending : new boolean[] {false, true}) {
            List<Long> all = passages.find(measures(), PassageOrder.DATE, descending);
            for (int size = 0; size <= all.size() + 1; size++) {
                assertThat(passages.firstPage(measures(), PassageOrder.DATE, descending, size))
                        .extracting(passage -> passage.annotation().id())
                        .as("first %d, descending %b", size, descending)
                        .containsExactlyElementsOf(all.subList(0, Math.min(size, all.size())));
            }
        }
    }

    @Test
    void aPassageComesWithItsContextAndItsArticle() {
        List<Passage> found = passages.load(passages.find(measures().withQuoteText(Optional.of("观摩"))
                .withDates(Optional.empty(), Optional.of(LocalDate.of(2022, 2, 28))), PassageOrder.DATE, false));

        assertThat(found).hasSize(1);
        Passage passage = found.get(0);
        assertThat(passage.annotation().anchor().prefix()).isEqualTo("奎文区亮红旗。历下区约谈企业。历下区开展");
        assertThat(passage.annotation().anchor().suffix()).isEqualTo("。返岗率达到97%。");
        assertThat(passage.title()).contains("奎文历下");
        assertThat(passage.date().orElseThrow().date()).isEqualTo(LocalDate.of(2022, 2, 20));
    }

    @Test
    void anUnknownRegionIsRefusedWithAMessage() {
        assertThatThrownBy(() -> passages.count(measures().withRegions(List.of("不存在县"), RegionRule.ANY)))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("不存在县");
        assertThatThrownBy(() -> passages.count(measures().withRegions(List.of("山东省", "潍坊市"), RegionRule.ANY)))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("one level");
    }

    private static PassageFilter measures() {
        return PassageFilter.ALL.withCodes(List.of(library.code("措施")));
    }

    private static List<Long> articlesOf(PassageFilter filter) {
        return passages.load(passages.find(filter, PassageOrder.DATE, false)).stream()
                .map(passage -> passage.annotation().articleId()).distinct().toList();
    }
}
