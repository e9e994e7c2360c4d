package com.flagmark.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: at its saved place and size, or at a default size centred on the
 * screen, and in either case wholly inside the screen's visual bounds, so that the menu bar and
 * the status bar are never off screen.
 */
final class WindowBounds {

    /** The size the window takes the first time, when the screen has room for it. */
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;

    /** Smaller than this the window's panes cannot keep their minimum widths. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 560;

    private WindowBounds() {
    }

    /**
     * Returns the bounds to open the window at: the saved ones on the screen that shows most of
     * them (or the first screen), shrunk and moved as little as needed to fit that screen.
     *
     * @param saved the bounds the window had when it was last closed, if any
     * @param screens the visual bounds of the screens, the primary one first
     */
    static Rectangle2D fit(Optional<Rectangle2D> saved, List<Rectangle2D> screens) {
        if (saved.isEmpty()) {
            Rectangle2D screen = screens.get(0);
            return clamp(centred(screen), screen);
        }
        Rectangle2D wanted = saved.get();
        Rectangle2D screen = screens.stream().filter(each -> each.intersects(wanted))
                .max((a, b) -> Double.compare(overlap(a, wanted), overlap(b, wanted))).orElse(screens.get(0));
        return clamp(wanted, screen);
    }

    private static Rectangle2D centred(Rectangle2D screen) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    private static Rectangle2D clamp(Rectangle2D wanted, Rectangle2D screen) {
        double width = Math.min(screen.getWidth(), Math.max(Math.min(MIN_WIDTH, screen.getWidth()), wanted.getWidth()));
        double height = Math.min(screen.getHeight(),
                Math.max(Math.min(MIN_HEIGHT, screen.getHeight()), wanted.getHeight()));
        double x = Math.max(screen.getMinX(), Math.min(wanted.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(wanted.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D screen, Rectangle2D wanted) {
        double width = Math.min(screen.getMaxX(), wanted.getMaxX()) - Math.max(screen.getMinX(), wanted.getMinX());
        double height = Math.min(screen.getMaxY(), wanted.getMaxY()) - Math.max(screen.getMinY(), wanted.getMinY());
        return Math.max(0, width) * Math.max(0, height);
    }
}
