package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PaneWidthsTest {

    @Test
    void aWideWindowGivesTheSidesTheirWishedWidthsAndTheReaderTheRest() {
        double[] positions = new PaneWidths(340, 340).positions(1600);

        assertThat(positions[0] * 1600).isCloseTo(340, within(0.01));
        assertThat((1 - positions[1]) * 1600).isCloseTo(340, within(0.01));
    }

    @Test
    void atTenTwentyFourPixelsTheSidesGiveWaySoTheReaderKeepsItsMeasure() {
        double[] positions = new PaneWidths(380, 300).positions(1024);

        double library = positions[0] * 1024;
        double sidebar = (1 - positions[1]) * 1024;
        assertThat(1024 - library - sidebar).isCloseTo(480, within(0.01));
        // 136 pixels must go; each side gives in proportion to what it has above its minimum of 250: 130 and 50.
        assertThat(library).isCloseTo(380 - 136 * 130 / 180.0, within(0.01));
        assertThat(sidebar).isCloseTo(300 - 136 * 50 / 180.0, within(0.01));
    }

    @Test
    void aWindowTooNarrowForAllThreeKeepsTheSidesAtTheirMinimum() {
        double[] positions = new PaneWidths(340, 340).positions(900);

        assertThat(positions[0] * 900).isCloseTo(PaneWidths.LIBRARY_MIN, within(0.01));
        assertThat((1 - positions[1]) * 900).isCloseTo(PaneWidths.SIDEBAR_MIN, within(0.01));
    }

    @Test
    void aWindowThatOpensSmallAndGrowsGivesTheSidesBackTheirWishedWidths() {
        PaneWidths wished = new PaneWidths(300, 360);
        wished.positions(960);

        double[] grown = wished.positions(1800);

        assertThat(grown[0] * 1800).isCloseTo(300, within(0.01));
        assertThat((1 - grown[1]) * 1800).isCloseTo(360, within(0.01));
    }

    @Test
    void savedWidthsThatWouldHideAPaneAreNotRestored() {
        assertThat(PaneWidths.restored(0, 340)).isEmpty();
        assertThat(PaneWidths.restored(340, 12)).isEmpty();
        assertThat(PaneWidths.restored(-1, -1)).isEmpty();
        assertThat(PaneWidths.restored(300, 260)).contains(new PaneWidths(300, 260));
    }

    @Test
    void aDividerDraggedToTheEdgeLeavesThePaneAtItsMinimum() {
        PaneWidths dragged = PaneWidths.dragged(new double[] {0.0, 0.99}, 1366);

        assertThat(dragged).isEqualTo(new PaneWidths(PaneWidths.LIBRARY_MIN, PaneWidths.SIDEBAR_MIN));
        assertThat(dragged.sane()).isTrue();
    }
}
