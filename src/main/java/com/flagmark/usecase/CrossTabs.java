package com.flagmark.usecase;

import com.flagmark.library.CrossTab;
import java.util.List;

/** Reads the library's counts into the rows of a table, in the order of its columns. */
final class CrossTabs {

    private CrossTabs() {
    }

    static Counts counts(CrossTab.Count count) {
        return count == null ? Counts.ZERO : new Counts(count.articles(), count.passages());
    }

    /** Returns a row's cells, one per column, zero where nothing was counted. */
    static List<Counts> cells(CrossTab table, String row, List<Column> columns) {
        return columns.stream().map(column -> counts(table.cell(row, key(column)))).toList();
    }

    /** Returns the total of each column. */
    static List<Counts> columnTotals(CrossTab table, List<Column> columns) {
        return columns.stream().map(column -> counts(table.columnTotals().get(key(column)))).toList();
    }

    static String key(Column column) {
        return String.valueOf(column.code().id());
    }
}
