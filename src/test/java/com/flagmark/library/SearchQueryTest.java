package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @Test
    void oneCharacterIsATermOfItsOwn() {
        assertThat(body("旗")).isEqualTo("body_characters:旗");
    }

    @Test
    void twoCharactersAreOneWord() {
        assertThat(body("约谈")).isEqualTo("body:约谈");
    }

    @Test
    void longerRunIsAPhraseOfItsTwoCharacterWords() {
        assertThat(body("开门红")).isEqualTo("body:\"开门 门红\"");
        assertThat(body("项目建设")).isEqualTo("body:\"项目 目建 建设\"");
        assertThat(body("坚持稳中求进工作")).isEqualTo("body:\"坚持 持稳 稳中 中求 求进 进工 工作\"");
    }

    @Test
    void aTermLongerThanEightTokensNeedsOnlyEveryOtherWordAndItsLast() {
        assertThat(body("坚持稳中求进工作总")).isEqualTo("body:\"坚持 ? 稳中 ? 求进 ? 工作 作总\"");
        assertThat(body("坚持稳中求进工作总基调")).isEqualTo("body:\"坚持 ? 稳中 ? 求进 ? 工作 ? 总基 基调\"");
        assertThat(body("5G网络建设全面提速中")).isEqualTo("body:\"5g 网络 ? 建设 ? 全面 ? 提速 速中\"");
    }

    @Test
    void punctuationInATermLeavesAGapThatTheTextMustHaveToo() {
        assertThat(body("稳定。枣庄")).isEqualTo("body:\"稳定 ? ? 枣庄\"");
        assertThat(body("约，谈")).isEqualTo("body:\"约 ? 谈\"");
    }

    @Test
    void latinRunsAndLoneCharactersStandForThemselvesInAPhrase() {
        assertThat(body("5G网络")).isEqualTo("body:\"5g 网络\"");
        assertThat(body("5G网")).isEqualTo("body:\"5g 网\"");
    }

    @Test
    void operatorsAreSearchedForAsWords() {
        assertThat(SearchQuery.parse("红旗 AND NEAR(黄旗) OR").terms()).hasSize(4);
        assertThat(body("NEAR(黄旗)")).isEqualTo("body:\"near ? 黄旗\"");
    }

    @Test
    void quotesAroundATermAreNotPartOfIt() {
        assertThat(body("\"开门红\"")).isEqualTo(body("开门红"));
        assertThat(SearchQuery.parse("\"约谈\" 约谈 “约谈”").terms()).hasSize(1);
    }

    @Test
    void starIsNotAWildcard() {
        assertThat(body("项目*")).isEqualTo("body:项目");
    }

    @Test
    void repeatedTermsAreSearchedOnce() {
        assertThat(SearchQuery.parse("旗 旗").terms()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "*", "(", ")", "-", ":", "'", "“”", "……", "\t\n"})
    void textWithNothingSearchableIsEmpty(String text) {
        assertThat(SearchQuery.parse(text).isEmpty()).isTrue();
    }

    /** The query for one typed term, in the body only, as Lucene writes it. */
    private static String body(String term) {
        return SearchQuery.inField(SearchFields.BODY, SearchQuery.parse(term).terms().get(0)).toString();
    }

    @Test
    void aLongTextIsCutToItsFirstTokens() {
        SearchQuery query = SearchQuery.parse("旗".repeat(SearchQuery.MOST_TOKENS) + "红");
        assertThat(query.shortened()).isTrue();
        assertThat(query.terms().get(0)).hasSize(SearchQuery.MOST_TOKENS);
    }

    @Test
    void termsPastTheLimitAreLeftOut() {
        String words = "约谈 ".repeat(SearchQuery.MOST_TOKENS / 2);
        SearchQuery query = SearchQuery.parse(words + "旗");
        assertThat(query.shortened()).isTrue();
        assertThat(query.terms()).hasSize(1);
    }

    @Test
    void aTextOfExactlyTheLimitIsWhole() {
        assertThat(SearchQuery.parse("旗".repeat(SearchQuery.MOST_TOKENS)).shortened()).isFalse();
        assertThat(SearchQuery.parse("约谈 红旗").shortened()).isFalse();
    }
}
