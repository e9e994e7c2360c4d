package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chart's count axis labels whole counts only, however its ticks were summed. */
class CountAxisTest {

    @Test
    void aTickThatSumsToAWholeCountIsLabelledWithIt() {
        double tick = 0;
        for (int i = 0; i < 10; i++) {
            tick += 0.1;
        }

        assertThat(AnalysisControls.wholeCount(tick)).isEqualTo("1");
    }

    @Test
    void aFractionalTickIsNotLabelled() {
        assertThat(AnalysisControls.wholeCount(0.5)).isEmpty();
    }
}
