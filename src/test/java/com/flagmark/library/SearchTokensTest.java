package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchTokensTest {

    @Test
    void everyHanCharacterIsATokenOfItsOwn() {
        assertThat(texts("约谈红旗")).isEqualTo("约 谈 红 旗");
    }

    @Test
    void latinAndDigitRunsStayWholeAndLowerCase() {
        assertThat(texts("在OLED盖板、潍坊大数据与5G新材料产业"))
                .isEqualTo("在 oled 盖 板 潍 坊 大 数 据 与 5g 新 材 料 产 业");
    }

    @Test
    void fullWidthLettersAndDigitsFoldToAscii() {
        assertThat(texts("５Ｇ基站，ＯＬＥＤ")).isEqualTo("5g 基 站 oled");
    }

    @Test
    void punctuationAndSpacesOnlySeparate() {
        assertThat(texts("约，谈 “开门红”!  2.5万")).isEqualTo("约 谈 开 门 红 2 5 万");
    }

    @Test
    void characterOutsideTheBasicPlaneIsOneTokenSpanningTwoChars() {
        assertThat(SearchTokens.of("𠮷野家"))
                .containsExactly(new SearchTokens.Token("𠮷", 0, 2, true), new SearchTokens.Token("野", 2, 3, true),
                        new SearchTokens.Token("家", 3, 4, true));
    }

    @Test
    void tokensKnowWhereTheyLieInTheOriginalText() {
        assertThat(SearchTokens.of("11城５Ｇ基站"))
                .containsExactly(new SearchTokens.Token("11", 0, 2, false), new SearchTokens.Token("城", 2, 3, true),
                        new SearchTokens.Token("5g", 3, 5, false), new SearchTokens.Token("基", 5, 6, true),
                        new SearchTokens.Token("站", 6, 7, true));
    }

    @Test
    void accentsStayWithTheirLetter() {
        assertThat(texts("Cafe\u0301 NEAR(x)")).isEqualTo("cafe\u0301 near x");
    }

    @Test
    void onlyNeighbouringCharactersPairIntoAWord() {
        List<SearchTokens.Token> tokens = SearchTokens.of("稳定。\n枣庄5G");
        assertThat(tokens.get(0).pairsWith(tokens.get(1))).isTrue();
        assertThat(tokens.get(1).pairsWith(tokens.get(2))).isFalse();
        assertThat(tokens.get(2).pairsWith(tokens.get(3))).isTrue();
        assertThat(tokens.get(3).pairsWith(tokens.get(4))).isFalse();
    }

    @Test
    void textWithNothingSearchableHasNoTokens() {
        assertThat(SearchTokens.of("“”（）——…… *\"'")).isEqualTo(List.of());
    }

    /** The tokens' texts, separated by spaces. */
    private static String texts(String text) {
        return SearchTokens.of(text).stream().map(SearchTokens.Token::text).collect(Collectors.joining(" "));
    }
}
