package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @Test
    void eachTermBecomesAQuotedPhraseOfItsTokens() {
        assertThat(SearchQuery.parse("约谈 5G").toMatchExpression()).isEqualTo("\"约 谈\" \"5g\"");
    }

    @Test
    void operatorsAreSearchedForAsWords() {
        assertThat(SearchQuery.parse("红旗 AND NEAR(黄旗) OR").toMatchExpression())
                .isEqualTo("\"红 旗\" \"and\" \"near 黄 旗\" \"or\"");
    }

    @Test
    void quotesAndStarsOnlySeparateTokens() {
        assertThat(SearchQuery.parse("\"开门红\" 项目*").toMatchExpression())
                .isEqualTo("\"开 门 红\" \"项 目\"");
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
}
