package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.usecase.ArticleSuggestions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggestions read ahead of an article's showing: taken once, by that article only, and dropped when stale. */
class ReadAheadTest {

    private final ArticleSuggestions read = new ArticleSuggestions(List.of(), false);
    private final ReadAhead ahead = new ReadAhead();

    @Test
    void whatTheReadGaveIsTakenOnceByItsArticle() {
        ahead.start(7);
        assertThat(ahead.arrived(7, read)).isTrue();

        assertThat(ahead.take(7)).containsSame(read);
        assertThat(ahead.take(7)).isEmpty();
        assertThat(ahead.waitsFor(7)).isFalse();
    }

    @Test
    void aReadNotDoneYetStaysAwaitedUntilItArrives() {
        ahead.start(7);

        assertThat(ahead.take(7)).isEmpty();
        assertThat(ahead.waitsFor(7)).isTrue();
        assertThat(ahead.arrived(7, read)).isTrue();
    }

    @Test
    void aReadForAnArticleOpenedBeforeTheLastIsNotKept() {
        ahead.start(7);
        ahead.start(8);

        assertThat(ahead.arrived(7, read)).isFalse();
        assertThat(ahead.take(7)).isEmpty();
        assertThat(ahead.waitsFor(8)).isTrue();
    }

    @Test
    void aForgottenReadIsNeitherAwaitedNorKept() {
        ahead.start(7);
        ahead.forget();

        assertThat(ahead.waitsFor(7)).isFalse();
        assertThat(ahead.arrived(7, read)).isFalse();
        assertThat(ahead.take(7)).isEmpty();
    }
}
