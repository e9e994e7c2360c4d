package com.flagmark.library;

import java.util.Map;
import java.util.Objects;

/**
 * Counts of passages and of the articles they are in, by row and column, with totals that
 * count each article and passage once however many rows or columns it is in. The row key
 * {@link #NO_ROW} holds the passages whose article stands for no row.
 */
public record CrossTab(Map<String, Map<String, Count>> cells, Map<String, Count> rowTotals,
        Map<String, Count> columnTotals, Count total) {

    /** The row of passages whose article has no row: no region at the table's level, or no date. */
    public static final String NO_ROW = "";

    public CrossTab {
        cells = Map.copyOf(cells);
        rowTotals = Map.copyOf(rowTotals);
        columnTotals = Map.copyOf(columnTotals);
        Objects.requireNonNull(total, "total");
    }

    /** Returns the count of a cell, zero where nothing was counted. */
    public Count cell(String row, String column) {
        return cells.getOrDefault(row, Map.of()).getOrDefault(column, Count.ZERO);
    }

    /** How many articles and passages. */
    public record Count(int articles, int passages) {

        public static final Count ZERO = new Count(0, 0);
    }
}
