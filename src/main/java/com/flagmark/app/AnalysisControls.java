package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The small controls the analysis views share: choices of settings, of codes, and saving a file. */
final class AnalysisControls {

    private AnalysisControls() {
    }

    /** A choice of an enum's values, each shown by its message {@code analysis.<prefix>.<value>}. */
    static <E extends Enum<E>> ChoiceBox<E> choice(String prefix, E[] values, E selected, Consumer<E> onChange) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Messages.get("analysis." + prefix + "." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("A choice is never typed");
            }
        });
        box.setValue(selected);
        box.valueProperty().addListener((property, before, now) -> onChange.accept(now));
        return box;
    }

    /**
     * A choice of the codebook's codes that pass the test, shown by their path; the first entry,
     * {@code none}, stands for no code.
     */
    static ComboBox<Optional<Code>> codes(Codebook codebook, Predicate<Code> which, String none) {
        ComboBox<Optional<Code>> box = new ComboBox<>();
        box.getItems().add(Optional.empty());
        codebook.all().stream().filter(which).map(Optional::of).forEach(box.getItems()::add);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Code> code) {
                return code == null ? "" : code.map(codebook::path).orElse(none);
            }

            @Override
            public Optional<Code> fromString(String text) {
                return codebook.resolve(text);
            }
        });
        box.setValue(Optional.empty());
        return box;
    }

    /** Tells whether a code has codes below it, so that it can stand for a table's columns. */
    static Predicate<Code> categories(Codebook codebook) {
        return code -> !codebook.children(code.id()).isEmpty();
    }

    /** An axis of counts, labelled at whole numbers only: half an article is nothing. */
    static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return wholeCount(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        return axis;
    }

    /**
     * The label of a count axis's tick: the count where the tick is a whole number, else nothing.
     * Ticks are sums of a fractional unit (ten times 0.1 is not quite 1), so whole means nearly whole.
     */
    static String wholeCount(double tick) {
        double rounded = Math.rint(tick);
        return Math.abs(tick - rounded) < 1e-9 ? Long.toString((long) rounded) : "";
    }

    /** A row of controls that wraps when the window is narrow, each with its label before it. */
    static FlowPane bar(Node... controls) {
        FlowPane bar = new FlowPane(8, 6, controls);
        bar.getStyleClass().add("analysis-bar");
        return bar;
    }

    static Label label(String key) {
        return new Label(Messages.get(key));
    }

    static Button button(String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Asks where to save a file of a kind ({@code csv}, {@code png}), suggesting a name. */
    static Optional<Path> askSave(FileDialogs files, Window owner, String kind, String name) {
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                Messages.get("analysis.save.filter." + kind), List.of("*." + kind));
        return files.save(owner, Messages.get("analysis.save.title"), filter, Optional.empty(), name + "." + kind);
    }
}
