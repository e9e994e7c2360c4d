package com.flagmark.usecase;

import com.flagmark.library.CrossTab;
import com.flagmark.model.DateBin;
import com.flagmark.model.FlagmarkException;
import com.flagmark.nlp.region.Gazetteer;
import java.util.List;
import java.util.Objects;

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
        if (request.columnCodeIds().isEmpty()) {
            throw new RefusedFilter("Choose the codes to follow over time, such as 措施.");
        }
        Criteria criteria = new Criteria(session, new Regions(Gazetteer.shared()));
        List<Column> columns = criteria.columns(request.columnCodeIds()).stream()
                .map(code -> new Column(code, criteria.codebook().path(code))).toList();
        CrossTab table = session.analysis().byDate(criteria.of(request.scope()), request.bin(),
                criteria.columnOf(columns.stream().map(Column::code).toList()));
        List<String> dated = table.rowTotals().keySet().stream().filter(key -> !key.equals(CrossTab.NO_ROW))
                .sorted().toList();
        List<String> labels = dated.isEmpty() ? List.of()
                : request.bin().range(dated.get(0), dated.get(dated.size() - 1));
        return new Timeline(request.bin(), columns, labels.stream().map(label -> bin(table, label, columns)).toList(),
                bin(table, CrossTab.NO_ROW, columns), CrossTabs.columnTotals(table, columns),
                CrossTabs.counts(table.total()));
    }

    private static Timeline.Bin bin(CrossTab table, String label, List<Column> columns) {
        return new Timeline.Bin(label, CrossTabs.cells(table, label, columns),
                CrossTabs.counts(table.rowTotals().get(label)));
    }
}
