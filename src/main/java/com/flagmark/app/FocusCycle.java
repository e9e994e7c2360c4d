package com.flagmark.app;

import java.util.List;

/** The order Tab and Shift+Tab go round a pane's fields in: on from the last to the first, and back. */
final class FocusCycle {

    private FocusCycle() {
    }

    /**
     * Returns the index of the field to go to from the one at {@code current} (−1 when the focus
     * is on none of them), or −1 when there are no fields.
     */
    static int next(int current, int count, boolean backward) {
        if (count == 0) {
            return -1;
        }
        if (current < 0) {
            return backward ? count - 1 : 0;
        }
        return Math.floorMod(current + (backward ? -1 : 1), count);
    }

    /** Returns the field to go to from {@code current} among {@code fields}, or null when there are none. */
    static <T> T next(List<T> fields, T current, boolean backward) {
        int index = next(fields.indexOf(current), fields.size(), backward);
        return index < 0 ? null : fields.get(index);
    }
}
