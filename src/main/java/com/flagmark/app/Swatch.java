package com.flagmark.app;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** A small square of a code's colour, beside its name. */
final class Swatch {

    private Swatch() {
    }

    static Rectangle of(String colour) {
        Rectangle swatch = new Rectangle(12, 12, Color.web(colour));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        return swatch;
    }
}
