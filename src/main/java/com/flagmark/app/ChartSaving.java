package com.flagmark.app;

import com.flagmark.usecase.ChartData;
import com.flagmark.usecase.PictureFiles;
import com.flagmark.usecase.SvgCharts;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.XYChart;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Window;

/**
 * Saves what an analysis view shows: its table as CSV, its chart as a PNG or SVG picture. The file is
 * asked for on the FX thread and written on the library's executor, so the window never waits
 * on the disk; the status line says what was saved where.
 */
final class ChartSaving {

    private final Workspace workspace;
    private final FileDialogs files;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private final BooleanSupplier dark;

    ChartSaving(Workspace workspace, FileDialogs files, Supplier<Window> owner, Consumer<String> status,
            BooleanSupplier dark) {
        this.workspace = workspace;
        this.files = files;
        this.owner = owner;
        this.status = status;
        this.dark = dark;
    }

    /** Asks for a CSV file and lets the view-model write its table there. */
    void csv(String name, BiConsumer<Path, Consumer<Integer>> save) {
        AnalysisControls.askSave(files, owner.get(), "csv", name)
                .ifPresent(file -> save.accept(file, rows -> status.accept(Messages.get("analysis.saved", rows, file))));
    }

    /** Asks for a PNG file and saves a picture of the chart, at twice the screen's resolution for print. */
    void png(Node chart, String name) {
        AnalysisControls.askSave(files, owner.get(), "png", name).ifPresent(file -> {
            BufferedImage image = picture(chart);
            workspace.read(session -> {
                PictureFiles.writePng(image, file);
                return image.getHeight();
            }, height -> status.accept(Messages.get("analysis.savedPicture", file)));
        });
    }

    /**
     * Asks for an SVG file and saves the chart's data drawn as shapes and text, in the colours of
     * the theme in force. The data is read here, on the FX thread; the drawing and writing happen
     * on the library's executor.
     */
    void svg(XYChart<?, ?> chart, String name) {
        AnalysisControls.askSave(files, owner.get(), "svg", name).ifPresent(file -> {
            ChartData data = ChartPictures.data(chart);
            boolean darkTheme = dark.getAsBoolean();
            workspace.read(session -> {
                SvgCharts.write(data, darkTheme, file);
                return file;
            }, saved -> status.accept(Messages.get("analysis.savedPicture", saved)));
        });
    }

    /** Returns a picture of the node as it is drawn, scaled twice. */
    static BufferedImage picture(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(2, 2));
        WritableImage shot = node.snapshot(parameters, null);
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        int[] pixels = new int[width * height];
        shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }
}
