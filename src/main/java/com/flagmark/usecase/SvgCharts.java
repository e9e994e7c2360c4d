package com.flagmark.usecase;

import com.flagmark.export.AtomicFile;
import com.flagmark.model.FlagmarkException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ChartData} as SVG: axes with their labels and ticks, bars, stacked bars or
 * lines, and a legend, in the colours of the light or the dark theme. Text stays text (Chinese
 * included), so the picture scales for print and its words can be searched and edited.
 */
public final class SvgCharts {

    /** The series' colours, in turn: those JavaFX's own charts give their first eight series. */
    private static final List<String> SERIES_COLOURS = List.of("#f3622d", "#fba71b", "#57b757", "#41a9c9",
            "#4258c9", "#9a42c8", "#c84164", "#888888");
    private static final String FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
    private static final int WIDTH = 880;
    private static final int HEIGHT = 540;
    private static final int TICKS = 5;

    /** The colours of a theme: background, text, and the lines of the axes and grid. */
    private record Theme(String background, String text, String axis, String grid) {
    }

    /** The grounds and inks of the window's light and dark themes (AtlantaFX's Primer). */
    private static final Theme LIGHT = new Theme("#ffffff", "#24292f", "#57606a", "#d0d7de");
    private static final Theme DARK = new Theme("#0d1117", "#c9d1d9", "#8b949e", "#30363d");

    private SvgCharts() {
    }

    /**
     * Writes the chart to {@code file} as SVG, whole or not at all.
     *
     * @throws FlagmarkException if the file cannot be written; nothing is then written
     */
    public static void write(ChartData chart, boolean dark, Path file) {
        byte[] svg = svg(chart, dark).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(svg));
    }

    /** Returns the chart as an SVG document in the light or the dark theme's colours. */
    public static String svg(ChartData chart, boolean dark) {
        Theme theme = dark ? DARK : LIGHT;
        Plot plot = Plot.of(chart);
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                        + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"%s\" font-size=\"13\">%n",
                        WIDTH, HEIGHT, WIDTH, HEIGHT, FONT))
                .append(String.format(Locale.ROOT, "<rect class=\"background\" x=\"0\" y=\"0\" width=\"%d\""
                        + " height=\"%d\" fill=\"%s\"/>%n", WIDTH, HEIGHT, theme.background()));
        text(svg, "title", WIDTH / 2.0, 26, "middle", 17, theme.text(), chart.title());
        grid(svg, chart, plot, theme);
        switch (chart.kind()) {
            case BARS_ACROSS -> barsAcross(svg, chart, plot);
            case STACKED_BARS -> stackedBars(svg, chart, plot);
            case LINES -> lines(svg, chart, plot);
        }
        categories(svg, chart, plot, theme);
        legend(svg, chart, theme);
        return svg.append("</svg>\n").toString();
    }

    /** Where the plot lies and what its value axis runs to. */
    private record Plot(double left, double top, double right, double bottom, double max, double step) {

        static Plot of(ChartData chart) {
            double largest = 0;
            for (int i = 0; i < chart.categories().size(); i++) {
                double sum = 0;
                for (ChartData.Series series : chart.series()) {
                    double value = series.values().get(i);
                    sum += value;
                    largest = Math.max(largest, value);
                }
                if (chart.kind() == ChartData.Kind.STACKED_BARS) {
                    largest = Math.max(largest, sum);
                }
            }
            double step = niceStep(largest / TICKS);
            double max = Math.max(step, Math.ceil(largest / step) * step);
            double left = chart.kind() == ChartData.Kind.BARS_ACROSS ? 190 : 80;
            return new Plot(left, 50, WIDTH - 30, HEIGHT - 110, max, step);
        }

        /** A step of 1, 2 or 5 times a power of ten, at least 1: counts are whole. */
        private static double niceStep(double rough) {
            if (rough <= 1) {
                return 1;
            }
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double scaled = rough / power;
            return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
        }

        /** The length along the value axis of a value, in the plot's units. */
        double scale(double value, double length) {
            return value / max * length;
        }
    }

    /** The value axis's grid lines and numbers, the axes and their labels. */
    private static void grid(StringBuilder svg, ChartData chart, Plot plot, Theme theme) {
        boolean across = chart.kind() == ChartData.Kind.BARS_ACROSS;
        svg.append("<g class=\"grid\">\n");
        for (double value = 0; value <= plot.max() + 1e-9; value += plot.step()) {
            String number = String.format(Locale.ROOT, "%.0f", value);
            if (across) {
                double x = plot.left() + plot.scale(value, plot.right() - plot.left());
                line(svg, x, plot.top(), x, plot.bottom(), theme.grid());
                text(svg, "tick", x, plot.bottom() + 18, "middle", 12, theme.text(), number);
            } else {
                double y = plot.bottom() - plot.scale(value, plot.bottom() - plot.top());
                line(svg, plot.left(), y, plot.right(), y, theme.grid());
                text(svg, "tick", plot.left() - 8, y + 4, "end", 12, theme.text(), number);
            }
        }
        line(svg, plot.left(), plot.top(), plot.left(), plot.bottom(), theme.axis());
        line(svg, plot.left(), plot.bottom(), plot.right(), plot.bottom(), theme.axis());
        svg.append("</g>\n");
        String down = across ? chart.categoryLabel() : chart.valueLabel();
        String along = across ? chart.valueLabel() : chart.categoryLabel();
        text(svg, "axis-label", (plot.left() + plot.right()) / 2, plot.bottom() + 52, "middle", 13, theme.text(), along);
        if (!down.isEmpty()) {
            double middle = (plot.top() + plot.bottom()) / 2;
            svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"18\" y=\"%.1f\" fill=\"%s\""
                    + " text-anchor=\"middle\" transform=\"rotate(-90 18 %.1f)\">%s</text>%n",
                    middle, theme.text(), middle, escaped(down)));
        }
    }

    private static void barsAcross(StringBuilder svg, ChartData chart, Plot plot) {
        int count = chart.categories().size();
        double band = (plot.bottom() - plot.top()) / Math.max(1, count);
        int seriesCount = Math.max(1, chart.series().size());
        double thickness = band * 0.7 / seriesCount;
        for (int s = 0; s < chart.series().size(); s++) {
            svg.append("<g class=\"series\" fill=\"").append(colour(s)).append("\">\n");
            for (int i = 0; i < count; i++) {
                double value = chart.series().get(s).values().get(i);
                double y = plot.top() + band * i + band * 0.15 + thickness * s;
                bar(svg, plot.left(), y, plot.scale(value, plot.right() - plot.left()), thickness, value);
            }
            svg.append("</g>\n");
        }
    }

    private static void stackedBars(StringBuilder svg, ChartData chart, Plot plot) {
        int count = chart.categories().size();
        double band = (plot.right() - plot.left()) / Math.max(1, count);
        double height = plot.bottom() - plot.top();
        double[] base = new double[count];
        for (int s = 0; s < chart.series().size(); s++) {
            svg.append("<g class=\"series\" fill=\"").append(colour(s)).append("\">\n");
            for (int i = 0; i < count; i++) {
                double value = chart.series().get(s).values().get(i);
                double bottom = plot.bottom() - plot.scale(base[i], height);
                double length = plot.scale(value, height);
                bar(svg, plot.left() + band * i + band * 0.15, bottom - length, band * 0.7, length, value);
                base[i] += value;
            }
            svg.append("</g>\n");
        }
    }

    private static void lines(StringBuilder svg, ChartData chart, Plot plot) {
        int count = chart.categories().size();
        double band = (plot.right() - plot.left()) / Math.max(1, count);
        double height = plot.bottom() - plot.top();
        for (int s = 0; s < chart.series().size(); s++) {
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < count; i++) {
                double x = plot.left() + band * (i + 0.5);
                double y = plot.bottom() - plot.scale(chart.series().get(s).values().get(i), height);
                points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
                dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>%n", x, y));
            }
            svg.append("<g class=\"series\" fill=\"").append(colour(s)).append("\">\n")
                    .append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\""
                            + " stroke-width=\"2\"/>%n", points, colour(s)))
                    .append(dots).append("</g>\n");
        }
    }

    /** The categories' names along their axis; every one when they fit, else every so many. */
    private static void categories(StringBuilder svg, ChartData chart, Plot plot, Theme theme) {
        int count = chart.categories().size();
        svg.append("<g class=\"categories\">\n");
        if (chart.kind() == ChartData.Kind.BARS_ACROSS) {
            double band = (plot.bottom() - plot.top()) / Math.max(1, count);
            for (int i = 0; i < count; i++) {
                text(svg, "category", plot.left() - 8, plot.top() + band * (i + 0.5) + 4, "end", 12, theme.text(),
                        chart.categories().get(i));
            }
        } else {
            double band = (plot.right() - plot.left()) / Math.max(1, count);
            int every = Math.max(1, (int) Math.ceil(count * 64.0 / (plot.right() - plot.left())));
            for (int i = 0; i < count; i += every) {
                text(svg, "category", plot.left() + band * (i + 0.5), plot.bottom() + 18, "middle", 12, theme.text(),
                        chart.categories().get(i));
            }
        }
        svg.append("</g>\n");
    }

    /** A swatch and a name a series, in a row beneath the chart; none for a chart of one series across. */
    private static void legend(StringBuilder svg, ChartData chart, Theme theme) {
        if (chart.kind() == ChartData.Kind.BARS_ACROSS && chart.series().size() < 2) {
            return;
        }
        svg.append("<g class=\"legend\">\n");
        double x = 80;
        double y = HEIGHT - 28;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\""
                    + " fill=\"%s\"/>%n", x, y - 10, colour(s)));
            text(svg, "legend-name", x + 17, y, "start", 13, theme.text(), name);
            x += 40 + name.codePointCount(0, name.length()) * 13;
            if (x > WIDTH - 120) {
                x = 80;
                y += 18;
            }
        }
        svg.append("</g>\n");
    }

    private static void bar(StringBuilder svg, double x, double y, double width, double height, double value) {
        if (value > 0) {
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                    + " height=\"%.1f\"><title>%s</title></rect>%n", x, y, width, height,
                    String.format(Locale.ROOT, "%.0f", value)));
        }
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"1\"/>%n", x1, y1, x2, y2, colour));
    }

    private static void text(StringBuilder svg, String kind, double x, double y, String anchor, int size,
            String colour, String text) {
        if (text.isEmpty()) {
            return;
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\""
                + " font-size=\"%d\" fill=\"%s\">%s</text>%n", kind, x, y, anchor, size, colour, escaped(text)));
    }

    private static String colour(int series) {
        return SERIES_COLOURS.get(series % SERIES_COLOURS.size());
    }

    /** The text with the characters XML gives a meaning escaped, and control characters left out. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
