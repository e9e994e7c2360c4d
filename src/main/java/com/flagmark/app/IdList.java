package com.flagmark.app;

import java.util.AbstractList;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The ids of the list's articles as the table shows them: an array replaced whole, each id boxed
 * only when a row asks for it. Its listeners see what a replaced list of boxed ids shows them
 * (one change replacing every element); the FX thread no longer boxes and adds each of 100,000
 * ids, one change entry each, whenever the list is read (15–30 ms at every opening).
 */
final class IdList extends ObservableListBase<Long> {

    private Snapshot shown = new Snapshot(new long[0]);

    /** Puts these ids, in this order, in place of all the list held; the array is the list's from now on. */
    void replace(long[] next) {
        Snapshot before = shown;
        shown = new Snapshot(next);
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (next.length > 0) {
            nextAdd(0, next.length);
        }
        endChange();
    }

    @Override
    public Long get(int index) {
        return shown.get(index);
    }

    @Override
    public int size() {
        return shown.size();
    }

    @Override
    public int indexOf(Object wanted) {
        if (wanted instanceof Long id) {
            long[] ids = shown.ids;
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == id) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object wanted) {
        return indexOf(wanted) >= 0;
    }

    /** The ids of one replacement: the list's while it shows them, then what the next replacement removed. */
    private static final class Snapshot extends AbstractList<Long> {

        private final long[] ids;

        Snapshot(long[] ids) {
            this.ids = ids;
        }

        @Override
        public Long get(int index) {
            return ids[Objects.checkIndex(index, ids.length)];
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
