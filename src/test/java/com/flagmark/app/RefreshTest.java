package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A hidden analysis view counts again only once it shows, and then once for all the changes it missed. */
class RefreshTest {

    private final AtomicInteger counted = new AtomicInteger();
    private final Refresh refresh = new Refresh(counted::incrementAndGet);

    @Test
    void aShownViewCountsAtEveryChange() {
        refresh.request();
        refresh.request();

        assertThat(counted).hasValue(2);
    }

    @Test
    void aHiddenViewCountsOnceWhenItShowsAfterChanges() {
        refresh.request();
        refresh.setActive(false);
        refresh.request();
        refresh.request();
        assertThat(counted).hasValue(1);

        refresh.setActive(true);

        assertThat(counted).hasValue(2);
    }

    @Test
    void aViewShownForTheFirstTimeCountsThoughNothingChanged() {
        refresh.setActive(false);
        refresh.setActive(true);

        assertThat(counted).hasValue(1);
    }

    @Test
    void aViewShownAgainWithoutChangesDoesNotCountAgain() {
        refresh.request();
        refresh.setActive(false);
        refresh.setActive(true);

        assertThat(counted).hasValue(1);
    }
}
