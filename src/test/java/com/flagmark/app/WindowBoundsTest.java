package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    /** A 1366×768 screen with a 28-pixel panel at the top. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 28, 1366, 740);
    private static final Rectangle2D RIGHT_SCREEN = new Rectangle2D(1366, 0, 1920, 1080);

    @Test
    void aFirstStartOnASmallScreenOpensWhollyInsideItsVisualBounds() {
        Rectangle2D bounds = WindowBounds.fit(Optional.empty(), List.of(LAPTOP));

        assertThat(bounds).isEqualTo(new Rectangle2D(3, 28, 1360, 740));
    }

    @Test
    void aFirstStartOnALargeScreenOpensAtTheDefaultSizeCentred() {
        Rectangle2D bounds = WindowBounds.fit(Optional.empty(), List.of(RIGHT_SCREEN));

        assertThat(bounds).isEqualTo(new Rectangle2D(1366 + 280, 110, 1360, 860));
    }

    @Test
    void savedBoundsTallerThanTheScreenAreShrunkSoTheMenuAndStatusBarsShow() {
        Rectangle2D bounds = WindowBounds.fit(Optional.of(new Rectangle2D(0, 0, 1360, 860)), List.of(LAPTOP));

        assertThat(bounds).isEqualTo(new Rectangle2D(0, 28, 1360, 740));
    }

    @Test
    void savedBoundsHangingOffTheRightEdgeAreMovedBackOn() {
        Rectangle2D bounds = WindowBounds.fit(Optional.of(new Rectangle2D(900, 100, 1000, 600)), List.of(LAPTOP));

        assertThat(bounds).isEqualTo(new Rectangle2D(366, 100, 1000, 600));
    }

    @Test
    void savedBoundsOnAScreenThatIsGoneOpenOnTheFirstScreen() {
        Rectangle2D bounds = WindowBounds.fit(Optional.of(new Rectangle2D(2000, 100, 1200, 800)), List.of(LAPTOP));

        assertThat(bounds).isEqualTo(new Rectangle2D(166, 28, 1200, 740));
    }

    @Test
    void savedBoundsStayOnTheScreenThatShowsMostOfThem() {
        Rectangle2D bounds = WindowBounds.fit(Optional.of(new Rectangle2D(1300, 100, 1200, 800)),
                List.of(LAPTOP, RIGHT_SCREEN));

        assertThat(bounds).isEqualTo(new Rectangle2D(1366, 100, 1200, 800));
    }

    @Test
    void aTinySavedWindowGrowsToTheSmallestSizeItsPanesFitIn() {
        Rectangle2D bounds = WindowBounds.fit(Optional.of(new Rectangle2D(50, 60, 300, 200)), List.of(LAPTOP));

        assertThat(bounds).isEqualTo(new Rectangle2D(50, 60, 900, 560));
    }
}
