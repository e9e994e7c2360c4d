package com.flagmark.app;

import com.flagmark.model.Code;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.CodeRegionMatrix;
import com.flagmark.usecase.Column;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Counts;
import com.flagmark.usecase.GridFiles;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.Matrix;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.RegionLevel;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Matrix view: codes by region at a level, counting articles or passages, under a rule for
 * an article's regions. Computed off the FX thread whenever a setting or the library changes;
 * switching between articles and passages needs no new count, as the matrix holds both.
 */
final class MatrixViewModel {

    /** The most regions the bar chart of row totals shows. */
    static final int CHART_ROWS = 15;

    // Properties

    private final ReadOnlyObjectWrapper<Optional<Matrix>> matrix = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<RegionLevel> level = new ReadOnlyObjectWrapper<>(RegionLevel.PREFECTURE);
    private final ReadOnlyObjectWrapper<RegionRule> rule = new ReadOnlyObjectWrapper<>(RegionRule.ANY);
    private final ReadOnlyObjectWrapper<Counted> counted = new ReadOnlyObjectWrapper<>(Counted.ARTICLES);
    private final ReadOnlyObjectWrapper<Optional<Code>> columns = new ReadOnlyObjectWrapper<>(Optional.empty());

    private final Workspace workspace;
    private final Refresh refresh = new Refresh(this::compute);
    private long request;

    MatrixViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.onOpen(refresh::request);
        workspace.onChange(refresh::request);
    }

    /** Tells whether the view is shown; a hidden view counts again only when it shows. */
    void setActive(boolean shown) {
        refresh.setActive(shown);
    }

    ReadOnlyObjectProperty<Optional<Matrix>> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RegionLevel> levelProperty() {
        return level.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RegionRule> ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Counted> countedProperty() {
        return counted.getReadOnlyProperty();
    }

    /** The code whose children are the columns (or the one column); empty for the codebook's measures. */
    ReadOnlyObjectProperty<Optional<Code>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** Returns the count a cell shows as a share of the largest cell, for its shading. */
    double shade(Counts cell) {
        int largest = matrix.get().map(shown -> shown.rows().stream().flatMap(row -> row.cells().stream())
                .mapToInt(each -> each.of(counted.get())).max().orElse(0)).orElse(0);
        return largest == 0 ? 0 : cell.of(counted.get()) / (double) largest;
    }

    /** Returns the regions with the largest totals, largest first, for the chart of row totals. */
    List<Matrix.Row> largestRows() {
        return matrix.get().map(shown -> shown.rows().stream()
                .sorted(Comparator.comparingInt((Matrix.Row row) -> row.total().of(counted.get())).reversed())
                .limit(CHART_ROWS).toList()).orElse(List.of());
    }

    /** Returns the filter of the Passages view a cell opens: its column's codes in its row's region, under the rule. */
    PassageFilter passagesOf(Matrix.Row row, Column column) {
        PassageFilter codes = PassageFilter.ALL.withCodes(List.of(column.code().id()));
        return row.region().map(region -> codes.withRegions(List.of(region.code()), rule.get())).orElse(codes);
    }

    // Commands

    void setLevel(RegionLevel newLevel) {
        level.set(newLevel);
        compute();
    }

    void setRule(RegionRule newRule) {
        rule.set(newRule);
        compute();
    }

    void setColumns(Optional<Code> code) {
        columns.set(code);
        compute();
    }

    /** Counts articles or passages; the matrix holds both, so nothing is read again. */
    void setCounted(Counted unit) {
        counted.set(unit);
        matrix.set(matrix.get().map(same -> same));
    }

    /** Saves the matrix as CSV, counting what the view counts. */
    void saveCsv(Path file, Consumer<Integer> onDone) {
        matrix.get().ifPresent(shown -> {
            Counted unit = counted.get();
            workspace.read(session -> {
                GridFiles.writeCsv(Grids.of(shown, unit), file);
                return shown.rows().size();
            }, onDone);
        });
    }

    /** Counts again with the settings as they are. */
    void compute() {
        long mine = ++request;
        RegionLevel atLevel = level.get();
        RegionRule byRule = rule.get();
        Optional<Code> chosen = columns.get();
        workspace.read(session -> chosen.or(() -> session.codebook().roots().stream()
                .filter(root -> root.name().equals("措施")).findFirst())
                .map(code -> new CodeRegionMatrix(session).compute(new CodeRegionMatrix.Request(atLevel,
                        List.of(code.id()), byRule, PassageFilter.ALL))), computed -> {
                            if (mine == request) {
                                matrix.set(computed);
                            }
                        });
    }
}
