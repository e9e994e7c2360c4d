package com.flagmark.usecase;

import com.flagmark.library.CrossTab;
import com.flagmark.library.LevelRows;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.RegionRule;
import com.flagmark.nlp.region.Gazetteer;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The code × region table: which measures (or outcomes, or any codes) were coded in which
 * provinces, prefectures or counties. A region annotation (code 地区 or one below it, its
 * {@code gazetteer} attribute a division code) counts for the division at the table's level it
 * lies in, through the gazetteer's parent chain; each article then stands for every such region
 * or only its main one ({@link RegionRule}). Counted in the library, in one query.
 */
public final class CodeRegionMatrix {

    private final LibrarySession session;

    public CodeRegionMatrix(LibrarySession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** What to count: rows at a level, columns of codes, the rule for an article's regions, and which passages. */
    public record Request(RegionLevel level, List<Long> columnCodeIds, RegionRule rule, PassageFilter scope) {

        public Request {
            Objects.requireNonNull(level, "level");
            columnCodeIds = List.copyOf(columnCodeIds);
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * Counts the passages in scope by region and code.
     *
     * @throws FlagmarkException if a code or a region of the scope is unknown, or no column code is given
     */
    public Matrix compute(Request request) {
        if (request.columnCodeIds().isEmpty()) {
            throw new RefusedFilter("Choose the codes for the columns, such as 措施.");
        }
        Criteria criteria = new Criteria(session, new Regions(Gazetteer.shared()));
        List<Column> columns = criteria.columns(request.columnCodeIds()).stream()
                .map(code -> new Column(code, criteria.codebook().path(code))).toList();
        LevelRows rows = criteria.rows(request.level(), request.rule());
        CrossTab table = session.analysis().byRegion(criteria.of(request.scope()),
                rows, criteria.columnOf(columns.stream().map(Column::code).toList()));
        List<Matrix.Row> regionRows = table.rowTotals().keySet().stream()
                .filter(key -> !key.equals(CrossTab.NO_ROW)).sorted(Comparator.naturalOrder())
                .map(key -> row(table, key, Optional.of(criteria.regions().region(key)), columns)).toList();
        return new Matrix(request.level(), request.rule(), columns, regionRows,
                row(table, CrossTab.NO_ROW, Optional.empty(), columns), CrossTabs.columnTotals(table, columns),
                CrossTabs.counts(table.total()));
    }

    private static Matrix.Row row(CrossTab table, String key, Optional<Region> region, List<Column> columns) {
        return new Matrix.Row(region, CrossTabs.cells(table, key, columns), CrossTabs.counts(table.rowTotals().get(key)));
    }
}
