package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import com.flagmark.model.DateBin;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Region;
import com.flagmark.usecase.Timeline;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Timeline view: codes by month, quarter or year as stacked bars or lines, in the whole
 * library or one region, or the bins' totals of several regions side by side, a series each; the
 * articles without a date are counted beneath the chart, apart.
 */
final class TimelineView extends BorderPane {

    private final TimelineViewModel model;
    private final Label undated = new Label();
    private final TextField region = new TextField();
    private XYChart<String, Number> chart;

    TimelineView(TimelineViewModel model, Workspace workspace, ChartSaving saving) {
        this.model = model;
        Codebook codebook = workspace.codebookProperty().get();
        ComboBox<Optional<Code>> columns = AnalysisControls.codes(codebook, AnalysisControls.categories(codebook),
                Messages.get("analysis.measures"));
        columns.setValue(model.columnsProperty().get());
        columns.valueProperty().addListener((property, before, chosen) -> model.setColumns(chosen));
        region.setPromptText(Messages.get("analysis.timeline.region.prompt"));
        region.setText(model.regionProperty().get().orElse(""));
        ChoiceBox<RegionRule> rule = AnalysisControls.choice("rule", RegionRule.values(), model.ruleProperty().get(),
                chosen -> model.setRegion(Optional.of(region.getText()), chosen));
        region.setOnAction(event -> model.setRegion(Optional.of(region.getText()), rule.getValue()));
        CheckBox stacked = new CheckBox(Messages.get("analysis.stacked"));
        stacked.setSelected(model.stackedProperty().get());
        stacked.selectedProperty().addListener((property, before, now) -> {
            model.setStacked(now);
            show(model.timelineProperty().get());
        });
        VBox top = new VBox(6, AnalysisControls.bar(
                AnalysisControls.label("analysis.bin"),
                AnalysisControls.choice("bin", DateBin.values(), model.binProperty().get(), model::setBin),
                AnalysisControls.label("analysis.columns"), columns,
                AnalysisControls.label("analysis.counted"),
                AnalysisControls.choice("counted", Counted.values(), model.countedProperty().get(), model::setCounted),
                AnalysisControls.label("analysis.region"), region, rule, stacked,
                AnalysisControls.button("analysis.saveCsv", () -> saving.csv("timeline", model::saveCsv)),
                AnalysisControls.button("analysis.savePng", () -> saving.png(chart, "timeline")),
                AnalysisControls.button("analysis.saveSvg", () -> saving.svg(chart, "timeline"))));
        top.setPadding(new Insets(8));
        undated.setPadding(new Insets(4, 10, 8, 10));
        undated.getStyleClass().add("text-muted");
        setTop(top);
        setBottom(undated);
        // Switching between articles and passages sets an equal timeline again, which a change listener would miss.
        model.timelineProperty().addListener(observable -> show(model.timelineProperty().get()));
        model.regionSeriesProperty().addListener(observable -> show(model.timelineProperty().get()));
        show(model.timelineProperty().get());
    }

    private void show(Optional<Timeline> timeline) {
        Counted unit = model.countedProperty().get();
        chart = model.stackedProperty().get() ? new StackedBarChart<>(new CategoryAxis(), AnalysisControls.countAxis())
                : new LineChart<>(new CategoryAxis(), AnalysisControls.countAxis());
        chart.setAnimated(false);
        chart.getXAxis().setLabel(Messages.get("analysis.bin." + model.binProperty().get().id()));
        chart.getYAxis().setLabel(Messages.get("analysis.counted." + unit.id()));
        List<Timeline> regions = model.regionSeriesProperty().get();
        if (!regions.isEmpty()) {
            showRegions(regions, unit);
            return;
        }
        timeline.ifPresent(shown -> {
            for (int i = 0; i < shown.columns().size(); i++) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(shown.columns().get(i).code().name());
                for (Timeline.Bin bin : shown.bins()) {
                    series.getData().add(new XYChart.Data<>(bin.label(), bin.cells().get(i).of(unit)));
                }
                chart.getData().add(series);
            }
        });
        setCenter(chart);
        undated.setText(timeline.map(shown -> Messages.get("analysis.undatedCount." + unit.id(),
                shown.undated().total().of(unit), shown.total().of(unit))).orElse(""));
    }

    /** Draws one series a region, each bin's total over the chosen codes; the undated counted apart for each. */
    private void showRegions(List<Timeline> regions, Counted unit) {
        StringBuilder apart = new StringBuilder();
        for (Timeline shown : regions) {
            String name = shown.region().map(Region::name).orElse("");
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(name);
            for (Timeline.Bin bin : shown.bins()) {
                series.getData().add(new XYChart.Data<>(bin.label(), bin.total().of(unit)));
            }
            chart.getData().add(series);
            apart.append(apart.length() == 0 ? "" : "  ").append(Messages.get("analysis.regionApart", name,
                    Messages.get("analysis.undatedCount." + unit.id(), shown.undated().total().of(unit),
                            shown.total().of(unit))));
        }
        setCenter(chart);
        undated.setText(apart.toString());
    }
}
