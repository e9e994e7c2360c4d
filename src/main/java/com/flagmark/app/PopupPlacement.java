package com.flagmark.app;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Where a popup goes beside the text it acts on: just below it, or just above it when there is
 * no room below, never over it, and always wholly on the screen.
 */
final class PopupPlacement {

    /** The space between the text and the popup, in pixels. */
    static final double GAP = 6;

    private PopupPlacement() {
    }

    /**
     * Returns the top-left corner of the popup. A text too tall to leave room above or below
     * (a long passage) gets the popup at its side.
     *
     * @param anchor the text the popup acts on, in screen coordinates
     * @param width the popup's width
     * @param height the popup's height
     * @param screen the visual bounds of the screen the text is on
     */
    static Point2D beside(Rectangle2D anchor, double width, double height, Rectangle2D screen) {
        double x = Math.max(screen.getMinX(), Math.min(anchor.getMinX(), screen.getMaxX() - width));
        double below = anchor.getMaxY() + GAP;
        double above = anchor.getMinY() - GAP - height;
        if (below + height <= screen.getMaxY()) {
            return new Point2D(x, below);
        }
        if (above >= screen.getMinY()) {
            return new Point2D(x, above);
        }
        double y = Math.max(screen.getMinY(), Math.min(anchor.getMinY(), screen.getMaxY() - height));
        return new Point2D(besideHorizontally(anchor, width, screen), y);
    }

    /** With no room above or below, the popup goes to the right of the text, or to its left. */
    private static double besideHorizontally(Rectangle2D anchor, double width, Rectangle2D screen) {
        double right = anchor.getMaxX() + GAP;
        if (right + width <= screen.getMaxX()) {
            return right;
        }
        return Math.max(screen.getMinX(), anchor.getMinX() - GAP - width);
    }
}
