package com.flagmark.app;

import java.util.Optional;

/**
 * The widths the user wants for the library on the left and the sidebar on the right, and how
 * the window's width is shared out from them: the reader keeps a readable measure, so when the
 * window narrows the side panes give way first, each down to its minimum.
 *
 * @param library the wished width of the library pane, in pixels
 * @param sidebar the wished width of the sidebar (codebook, annotations, editor), in pixels
 */
record PaneWidths(double library, double sidebar) {

    /** Narrower than this the list has no room left for its titles beside the date, source and count. */
    static final double LIBRARY_MIN = 250;
    /** Narrower than this the editor's labels and fields do not fit side by side. */
    static final double SIDEBAR_MIN = 250;
    /** 25 characters of the reader's 17-pixel text (425 pixels), with its margins and a scroll bar. */
    static final double READER_MIN = 480;

    /** The widths of a first start. */
    static final PaneWidths DEFAULT = new PaneWidths(340, 340);

    /** Returns saved widths if neither would hide or squeeze its pane, else empty. */
    static Optional<PaneWidths> restored(double library, double sidebar) {
        PaneWidths widths = new PaneWidths(library, sidebar);
        return widths.sane() ? Optional.of(widths) : Optional.empty();
    }

    /**
     * Returns the widths a user set by dragging the dividers to these positions in a split of
     * this total width, each held to its pane's minimum.
     */
    static PaneWidths dragged(double[] positions, double total) {
        return new PaneWidths(Math.max(LIBRARY_MIN, positions[0] * total),
                Math.max(SIDEBAR_MIN, (1 - positions[1]) * total));
    }

    /** Tells whether both panes would be at least their minimum width. */
    boolean sane() {
        return library >= LIBRARY_MIN && sidebar >= SIDEBAR_MIN;
    }

    /**
     * Returns the two divider positions (0–1) for a split of this total width: the wished side
     * widths if the reader keeps {@link #READER_MIN}; otherwise the sides shrink in proportion
     * to what each has above its minimum until it does, or until both are at their minimum.
     */
    double[] positions(double total) {
        double left = library;
        double right = sidebar;
        double excess = left + right - Math.max(0, total - READER_MIN);
        double slack = (left - LIBRARY_MIN) + (right - SIDEBAR_MIN);
        if (excess > 0 && slack > 0) {
            double share = Math.min(1, excess / slack);
            left -= (left - LIBRARY_MIN) * share;
            right -= (right - SIDEBAR_MIN) * share;
        }
        return new double[] {left / total, (total - right) / total};
    }
}
