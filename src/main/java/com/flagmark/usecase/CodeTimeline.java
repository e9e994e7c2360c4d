package com.flagmark.usecase;

import com.flagmark.library.CrossTab;
import com.flagmark.model.DateBin;
import com.flagmark.model.FlagmarkException;
import com.flagmark.nlp.region.Gazetteer;
import com.flagmark.nlp.region.Division;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Codes over time: the passages in scope counted by the month, quarter or year of their
 * articles' dates and by code, with the articles that have no date counted apart. Counted in the
 * library, in one query; the empty bins between the first and the last are added here.
 */
public final class CodeTimeline {

    private final LibrarySession session;

    public CodeTimeline(LibrarySession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** What to count: columns of codes, the size of a bin, and which passages (a region among them). */
    public record Request(List<Long> columnCodeIds, DateBin bin, PassageFilter scope) {

        public Request {
            columnCodeIds = List.copyOf(columnCodeIds);
            Objects.requireNonNull(bin, "bin");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * Counts the passages in scope by date bin and code.
     *
     * @throws FlagmarkException if a code or a region of the scope is unknown, or no column code is given
     */
    public Timeline compute(Request request) {
        Criteria criteria = new Criteria(session, new Regions(Gazetteer.shared()));
        List<Column> columns = columns(criteria, request);
        CrossTab table = session.analysis().byDate(criteria.of(request.scope()), request.bin(),
                criteria.columnOf(columns.stream().map(Column::code).toList()));
        return timeline(request.bin(), columns, table, labels(request.bin(), List.of(table)), Optional.empty());
    }

    /**
     * Counts the passages in scope by date bin and code, one timeline for each region of the scope
     * (each as though it were the scope's only region, under the scope's rule), over the same bins
     * so they can be drawn side by side; without regions, the one timeline of {@link #compute}.
     *
     * @throws FlagmarkException if a code or a region of the scope is unknown, or no column code is given
     */
    public List<Timeline> perRegion(Request request) {
        PassageFilter scope = request.scope();
        if (scope.regions().isEmpty()) {
            return List.of(compute(request));
        }
        Regions regions = new Regions(Gazetteer.shared());
        Criteria criteria = new Criteria(session, regions);
        List<Column> columns = columns(criteria, request);
        Map<Long, String> columnOf = criteria.columnOf(columns.stream().map(Column::code).toList());
        Map<Division, CrossTab> tables = new LinkedHashMap<>();
        for (String wanted : scope.regions()) {
            Division division = regions.resolve(wanted);
            tables.putIfAbsent(division, session.analysis().byDate(criteria.of(
                    scope.withRegions(List.of(division.code()), scope.rule())), request.bin(), columnOf));
        }
        List<String> labels = labels(request.bin(), List.copyOf(tables.values()));
        return tables.entrySet().stream().map(series -> timeline(request.bin(), columns, series.getValue(), labels,
                Optional.of(regions.region(series.getKey())))).toList();
    }

    private static List<Column> columns(Criteria criteria, Request request) {
        if (request.columnCodeIds().isEmpty()) {
            throw new RefusedFilter("Choose the codes to follow over time, such as 措施.");
        }
        return criteria.columns(request.columnCodeIds()).stream()
                .map(code -> new Column(code, criteria.codebook().path(code))).toList();
    }

    /** Every bin from the first to the last with passages in any of the tables. */
    private static List<String> labels(DateBin bin, List<CrossTab> tables) {
        List<String> dated = tables.stream().flatMap(table -> table.rowTotals().keySet().stream())
                .filter(key -> !key.equals(CrossTab.NO_ROW)).sorted().toList();
        return dated.isEmpty() ? List.of() : bin.range(dated.get(0), dated.get(dated.size() - 1));
    }

    private static Timeline timeline(DateBin size, List<Column> columns, CrossTab table, List<String> labels,
            Optional<Region> region) {
        return new Timeline(size, columns, labels.stream().map(label -> bin(table, label, columns)).toList(),
                bin(table, CrossTab.NO_ROW, columns), CrossTabs.columnTotals(table, columns),
                CrossTabs.counts(table.total()), region);
    }

    private static Timeline.Bin bin(CrossTab table, String label, List<Column> columns) {
        return new Timeline.Bin(label, CrossTabs.cells(table, label, columns),
                CrossTabs.counts(table.rowTotals().get(label)));
    }
}
