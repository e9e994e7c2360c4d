package com.flagmark.app;

import com.flagmark.usecase.OutcomeRow;
import com.flagmark.usecase.Region;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * The Outcomes view: one row per coded outcome with its region, date, indicator, value, unit
 * and as-of date, ready for statistics; columns sort in the table, the whole saves as CSV.
 */
final class OutcomesView extends BorderPane {

    OutcomesView(OutcomesViewModel model, ChartSaving saving) {
        TableView<OutcomeRow> table = new TableView<>();
        table.getColumns().setAll(List.of(
                column("analysis.column.province", 90, row -> name(row.province())),
                column("analysis.column.prefecture", 90, row -> name(row.prefecture())),
                column("analysis.column.region", 90, row -> name(row.region())),
                column("analysis.column.date", 95, row -> row.date().map(date -> date.date().toString())
                        .orElse(Messages.get("analysis.undated"))),
                column("analysis.column.code", 120, OutcomeRow::code),
                column("analysis.column.indicator", 100, row -> row.indicator().orElse("")),
                column("analysis.column.value", 70, row -> row.value().orElse("")),
                column("analysis.column.unit", 60, row -> row.unit().orElse("")),
                column("analysis.column.asOf", 95, row -> row.asOf().orElse("")),
                column("analysis.column.quote", 200, OutcomeRow::quote),
                column("analysis.column.title", 180, row -> row.title().orElse(""))));
        table.getColumns().get(6).setStyle("-fx-alignment: center-right;");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("analysis.outcomes.none")));
        SortedList<OutcomeRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label count = new Label();
        count.textProperty().bind(Bindings.size(model.rows())
                .map(size -> Messages.get("analysis.outcomes.count", size)));
        var bar = AnalysisControls.bar(count,
                AnalysisControls.button("analysis.saveCsv", () -> saving.csv("outcomes", model::saveCsv)));
        bar.setPadding(new Insets(8));
        setTop(bar);
        setCenter(table);
    }

    private static String name(Optional<Region> region) {
        return region.map(Region::name).orElse("");
    }

    private static TableColumn<OutcomeRow, String> column(String key, double width, Function<OutcomeRow, String> text) {
        TableColumn<OutcomeRow, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }
}
