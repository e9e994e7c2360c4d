package com.flagmark.app;

import com.flagmark.usecase.ChartData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * Reads what a chart of the analysis views shows as {@link ChartData}, for a picture drawn
 * apart from the screen: the categories are the strings along one axis, the values the numbers
 * along the other. Read on the FX thread, which owns the chart.
 */
final class ChartPictures {

    private ChartPictures() {
    }

    /** Returns the chart's title, axis labels, categories and series. */
    static ChartData data(XYChart<?, ?> chart) {
        boolean across = chart instanceof BarChart<?, ?> && chart.getYAxis() instanceof CategoryAxis;
        ChartData.Kind kind = across ? ChartData.Kind.BARS_ACROSS
                : chart instanceof StackedBarChart<?, ?> ? ChartData.Kind.STACKED_BARS : ChartData.Kind.LINES;
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (XYChart.Series<?, ?> series : chart.getData()) {
            for (XYChart.Data<?, ?> point : series.getData()) {
                categories.putIfAbsent(String.valueOf(across ? point.getYValue() : point.getXValue()), categories.size());
            }
        }
        List<ChartData.Series> series = new ArrayList<>();
        for (XYChart.Series<?, ?> shown : chart.getData()) {
            Double[] values = new Double[categories.size()];
            Arrays.fill(values, 0.0);
            for (XYChart.Data<?, ?> point : shown.getData()) {
                Object category = across ? point.getYValue() : point.getXValue();
                Object value = across ? point.getXValue() : point.getYValue();
                values[categories.get(String.valueOf(category))] = ((Number) value).doubleValue();
            }
            series.add(new ChartData.Series(shown.getName() == null ? "" : shown.getName(), List.of(values)));
        }
        Axis<?> categoryAxis = across ? chart.getYAxis() : chart.getXAxis();
        Axis<?> valueAxis = across ? chart.getXAxis() : chart.getYAxis();
        return new ChartData(kind, text(chart.getTitle()), text(categoryAxis.getLabel()), text(valueAxis.getLabel()),
                List.copyOf(categories.keySet()), series);
    }

    private static String text(String shown) {
        return shown == null ? "" : shown;
    }
}
