package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeldWorkTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final HeldWork work = new HeldWork(runs::incrementAndGet);

    @Test
    void workAskedForWhileNotHeldRunsAtOnce() {
        work.ask();

        assertThat(runs).hasValue(1);
    }

    @Test
    void workAskedForTwiceWhileHeldRunsOnceOnRelease() {
        work.hold();
        work.ask();
        work.ask();
        assertThat(runs).hasValue(0);

        work.release();

        assertThat(runs).hasValue(1);
    }

    @Test
    void releasingWorkNobodyAskedForRunsNothing() {
        work.hold();

        work.release();

        assertThat(runs).hasValue(0);
    }
}
