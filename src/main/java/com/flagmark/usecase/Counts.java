package com.flagmark.usecase;

/** How many articles and coded passages a cell of a table, or its total, holds. */
public record Counts(int articles, int passages) {

    /** Nothing counted. */
    public static final Counts ZERO = new Counts(0, 0);

    /** Returns the count of this unit. */
    public int of(Counted unit) {
        return unit == Counted.ARTICLES ? articles : passages;
    }
}
