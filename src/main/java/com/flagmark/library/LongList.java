package com.flagmark.library;

import java.util.Arrays;

/** A growing array of ids, unboxed: a list of 100,000 articles takes 800 KB, not 2.4 MB of Longs. */
final class LongList {

    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
