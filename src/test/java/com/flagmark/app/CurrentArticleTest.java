package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentArticleTest {

    @Test
    void afterTheListReloadsTheCurrentArticlesRowIsSelectedWhereverItNowIs() {
        CurrentArticle current = new CurrentArticle();
        current.shown(7);

        assertThat(current.rowIn(List.of(3L, 9L, 7L, 1L))).isEqualTo(2);
    }

    @Test
    void aListThatLeavesTheCurrentArticleOutSelectsNoRowAndTheReaderKeepsIt() {
        CurrentArticle current = new CurrentArticle();
        current.shown(7);

        assertThat(current.rowIn(List.of(3L, 9L))).isEqualTo(-1);
        assertThat(current.id()).hasValue(7);
    }

    @Test
    void selectingTheCurrentArticlesRowAgainDoesNotOpenItAgain() {
        CurrentArticle current = new CurrentArticle();
        current.shown(7);

        assertThat(current.opens(7)).isFalse();
        assertThat(current.opens(9)).isTrue();
    }

    @Test
    void withNoArticleShownAnyRowOpensAndNoneIsSelectedAfterAReload() {
        CurrentArticle current = new CurrentArticle();

        assertThat(current.opens(7)).isTrue();
        assertThat(current.rowIn(List.of(7L))).isEqualTo(-1);
    }
}
