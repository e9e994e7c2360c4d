package com.flagmark.usecase;

import com.flagmark.model.RegionRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Codes by region: each row a region at one level, each column a code, each cell how many
 * passages of the column's codes there are in articles standing for the row's region, and in
 * how many articles. Totals count every article and passage once, however many rows or columns
 * it falls in, so a total can be less than the sum of its cells.
 *
 * @param rows the regions with coded passages, by code
 * @param withoutRegion the passages of articles that stand for no region at this level
 */
public record Matrix(RegionLevel level, RegionRule rule, List<Column> columns, List<Row> rows, Row withoutRegion,
        List<Counts> columnTotals, Counts total) {

    public Matrix {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rule, "rule");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(withoutRegion, "withoutRegion");
        columnTotals = List.copyOf(columnTotals);
        Objects.requireNonNull(total, "total");
    }

    /** One row: a region (empty for articles without one), its cells in the order of the columns, and its total. */
    public record Row(Optional<Region> region, List<Counts> cells, Counts total) {

        public Row {
            Objects.requireNonNull(region, "region");
            cells = List.copyOf(cells);
            Objects.requireNonNull(total, "total");
        }
    }
}
