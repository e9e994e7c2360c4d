package com.flagmark.usecase;

import com.flagmark.model.DateBin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Codes over time: each bin a month, quarter or year of the articles' dates, from the first to
 * the last with coded passages (empty bins between them included), each column a code. Articles
 * without a date are counted apart, in {@code undated}. Totals count every article and passage
 * once, as in a {@link Matrix}. A timeline of one region among several followed side by side
 * names it in {@code region}.
 */
public record Timeline(DateBin bin, List<Column> columns, List<Bin> bins, Bin undated, List<Counts> columnTotals,
        Counts total, Optional<Region> region) {

    public Timeline {
        Objects.requireNonNull(bin, "bin");
        columns = List.copyOf(columns);
        bins = List.copyOf(bins);
        Objects.requireNonNull(undated, "undated");
        columnTotals = List.copyOf(columnTotals);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(region, "region");
    }

    /** One bin: its label ({@code 2023-02}, {@code 2023-Q1}, {@code 2023}; empty for the undated), cells, total. */
    public record Bin(String label, List<Counts> cells, Counts total) {

        public Bin {
            Objects.requireNonNull(label, "label");
            cells = List.copyOf(cells);
            Objects.requireNonNull(total, "total");
        }
    }
}
