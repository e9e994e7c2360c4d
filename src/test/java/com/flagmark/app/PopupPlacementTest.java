package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class PopupPlacementTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void thePopupOpensJustBelowTheSelectionNotOverIt() {
        Point2D corner = PopupPlacement.beside(new Rectangle2D(400, 200, 120, 20), 360, 300, SCREEN);

        assertThat(corner).isEqualTo(new Point2D(400, 226));
    }

    @Test
    void nearTheBottomOfTheScreenItOpensAboveTheSelection() {
        Point2D corner = PopupPlacement.beside(new Rectangle2D(400, 600, 120, 20), 360, 300, SCREEN);

        assertThat(corner).isEqualTo(new Point2D(400, 294));
    }

    @Test
    void aSelectionNearTheRightEdgeKeepsThePopupOnTheScreen() {
        Point2D corner = PopupPlacement.beside(new Rectangle2D(1200, 200, 120, 20), 360, 300, SCREEN);

        assertThat(corner).isEqualTo(new Point2D(1006, 226));
    }

    @Test
    void aPassageTooTallForRoomAboveOrBelowGetsThePopupAtItsSide() {
        Point2D corner = PopupPlacement.beside(new Rectangle2D(300, 100, 500, 560), 360, 300, SCREEN);

        assertThat(corner).isEqualTo(new Point2D(806, 100));
    }
}
