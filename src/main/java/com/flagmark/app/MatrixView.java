package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.Column;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Counts;
import com.flagmark.usecase.Matrix;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.RegionLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Matrix view: regions at a level by codes, each cell the articles or passages counted and
 * shaded by its share of the largest, totals at the row ends and the bottom, the rule for an
 * article's regions said above the table; a bar chart of the largest row totals beside it. A
 * click on a cell opens the Passages view filtered to it.
 */
final class MatrixView extends BorderPane {

    private final MatrixViewModel model;
    private final Consumer<PassageFilter> openPassages;
    private final TableView<Line> table = new TableView<>();
    private final BarChart<Number, String> chart = new BarChart<>(AnalysisControls.countAxis(), new CategoryAxis());
    private final Label ruleInForce = new Label();

    MatrixView(MatrixViewModel model, Workspace workspace, ChartSaving saving, Consumer<PassageFilter> openPassages) {
        this.model = model;
        this.openPassages = openPassages;
        Codebook codebook = workspace.codebookProperty().get();
        ComboBox<Optional<Code>> columns = AnalysisControls.codes(codebook, AnalysisControls.categories(codebook),
                Messages.get("analysis.measures"));
        columns.setValue(model.columnsProperty().get());
        columns.valueProperty().addListener((property, before, chosen) -> model.setColumns(chosen));
        ruleInForce.getStyleClass().addAll("text-muted", "text-small");
        ruleInForce.setWrapText(true);
        VBox top = new VBox(6, AnalysisControls.bar(
                AnalysisControls.label("analysis.level"),
                AnalysisControls.choice("level", RegionLevel.values(), model.levelProperty().get(), model::setLevel),
                AnalysisControls.label("analysis.rule"),
                AnalysisControls.choice("rule", RegionRule.values(), model.ruleProperty().get(), model::setRule),
                AnalysisControls.label("analysis.columns"), columns,
                AnalysisControls.label("analysis.counted"),
                AnalysisControls.choice("counted", Counted.values(), model.countedProperty().get(), model::setCounted),
                AnalysisControls.button("analysis.saveCsv", () -> saving.csv("matrix", model::saveCsv)),
                AnalysisControls.button("analysis.savePng", () -> saving.png(chart, "matrix")),
                AnalysisControls.button("analysis.saveSvg", () -> saving.svg(chart, "matrix"))), ruleInForce);
        top.setPadding(new Insets(8));
        setTop(top);
        table.setPlaceholder(new Label(Messages.get("analysis.matrix.none")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(Messages.get("analysis.matrix.chart"));
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        setCenter(split);
        // Switching between articles and passages sets an equal matrix again, which a change listener would miss.
        model.matrixProperty().addListener(observable -> show(model.matrixProperty().get()));
        show(model.matrixProperty().get());
    }

    private void show(Optional<Matrix> matrix) {
        ruleInForce.setText(Messages.get("analysis.ruleInForce." + model.ruleProperty().get().id(),
                Messages.get("analysis.level." + model.levelProperty().get().name().toLowerCase(Locale.ROOT))));
        table.getColumns().clear();
        table.getItems().clear();
        chart.getData().clear();
        matrix.ifPresent(shown -> {
            table.getColumns().add(regionColumn());
            for (int i = 0; i < shown.columns().size(); i++) {
                table.getColumns().add(countColumn(shown.columns().get(i), i));
            }
            table.getColumns().add(totalColumn());
            table.getItems().setAll(lines(shown));
            XYChart.Series<Number, String> totals = new XYChart.Series<>();
            List<Matrix.Row> largest = new ArrayList<>(model.largestRows());
            Collections.reverse(largest);
            largest.forEach(row -> totals.getData().add(new XYChart.Data<>(row.total().of(model.countedProperty().get()),
                    row.region().map(region -> region.name()).orElse(""))));
            chart.getData().add(totals);
        });
    }

    private List<Line> lines(Matrix shown) {
        List<Line> lines = new ArrayList<>();
        shown.rows().forEach(row -> lines.add(new Line(row.region().map(region -> region.name()
                + (region.within().isEmpty() ? "" : "（" + region.within() + "）")).orElse(""), row, true)));
        if (shown.withoutRegion().total().passages() > 0) {
            lines.add(new Line(Messages.get("analysis.noRegion"), shown.withoutRegion(), false));
        }
        lines.add(new Line(Messages.get("analysis.total"),
                new Matrix.Row(Optional.empty(), shown.columnTotals(), shown.total()), false));
        return lines;
    }

    private TableColumn<Line, String> regionColumn() {
        TableColumn<Line, String> column = new TableColumn<>(Messages.get("analysis.column.region"));
        column.setPrefWidth(190);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().label()));
        return column;
    }

    private TableColumn<Line, Counts> countColumn(Column code, int index) {
        TableColumn<Line, Counts> column = new TableColumn<>(code.code().name());
        column.setPrefWidth(Math.max(70, code.code().name().length() * 16 + 20));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row().cells().get(index)));
        column.setCellFactory(view -> new CountCell(Optional.of(code)));
        return column;
    }

    private TableColumn<Line, Counts> totalColumn() {
        TableColumn<Line, Counts> column = new TableColumn<>(Messages.get("analysis.total"));
        column.setPrefWidth(80);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row().total()));
        column.setCellFactory(view -> new CountCell(Optional.empty()));
        return column;
    }

    /** A row of the table: a region, the articles without one, or the totals. */
    private record Line(String label, Matrix.Row row, boolean region) {
    }

    /** A count, shaded by its share of the largest cell when it is a region's; a click opens its passages. */
    private final class CountCell extends TableCell<Line, Counts> {

        private final Optional<Column> code;

        CountCell(Optional<Column> code) {
            this.code = code;
            setStyle("-fx-alignment: center-right;");
            setOnMouseClicked(click -> {
                Line line = getTableRow() == null ? null : getTableRow().getItem();
                if (line != null && line.region() && this.code.isPresent() && getItem() != null
                        && getItem().passages() > 0) {
                    openPassages.accept(model.passagesOf(line.row(), this.code.get()));
                }
            });
        }

        @Override
        protected void updateItem(Counts counts, boolean empty) {
            super.updateItem(counts, empty);
            Line line = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || counts == null || line == null) {
                setText(null);
                setStyle("-fx-alignment: center-right;");
                return;
            }
            int value = counts.of(model.countedProperty().get());
            setText(value == 0 ? "·" : Integer.toString(value));
            double share = line.region() && code.isPresent() ? model.shade(counts) : 0;
            setStyle("-fx-alignment: center-right;" + (share > 0
                    ? String.format(Locale.ROOT, "-fx-background-color: rgba(9, 105, 218, %.2f);", 0.08 + 0.5 * share)
                    : "") + (line.region() ? "" : "-fx-font-weight: bold;"));
        }
    }
}
