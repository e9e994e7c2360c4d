package com.flagmark.usecase;

import java.util.List;
import java.util.Objects;

/**
 * What a chart of an analysis view shows, apart from how the screen draws it: a title, the
 * labels of its two axes, the categories along one axis (months, regions) and a series of
 * values per code, one value a category. {@link SvgCharts} draws it as a picture made of text
 * and shapes.
 *
 * @param kind how the values are drawn
 * @param title the chart's title, or empty
 * @param categoryLabel the label of the axis of categories, or empty
 * @param valueLabel the label of the axis of values, or empty
 * @param categories the categories in the order shown
 * @param series the series, each with one value a category
 */
public record ChartData(Kind kind, String title, String categoryLabel, String valueLabel, List<String> categories,
        List<Series> series) {

    /** How a chart draws its values. */
    public enum Kind {
        /** Bars across, one row a category, the categories down the side (the matrix's largest rows). */
        BARS_ACROSS,
        /** Bars up, the series of a category stacked on one another. */
        STACKED_BARS,
        /** A line a series, a point a category. */
        LINES
    }

    /** One series: its name, shown in the legend, and a value a category. */
    public record Series(String name, List<Double> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryLabel, "categoryLabel");
        Objects.requireNonNull(valueLabel, "valueLabel");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series each : series) {
            if (each.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + each.name() + " has " + each.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
