package com.flagmark.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * The window's three panes side by side (library, reader, sidebar), sized from the widths the
 * user wants for the sides ({@link PaneWidths}): on every change of width the reader keeps its
 * readable measure and the sides give way, and a drag of a divider sets new wished widths.
 */
final class ReaderSplit extends SplitPane {

    private final Consumer<PaneWidths> dragged;
    private PaneWidths wished;
    private boolean dragging;

    ReaderSplit(Node library, Node reader, Node sidebar, PaneWidths wished, Consumer<PaneWidths> dragged) {
        super(library, reader, sidebar);
        this.wished = wished;
        this.dragged = dragged;
        addEventFilter(MouseEvent.MOUSE_PRESSED, press -> dragging = onDivider(press.getPickResult().getIntersectedNode()));
        addEventFilter(MouseEvent.MOUSE_RELEASED, release -> {
            if (dragging && getWidth() > 0) {
                dragging = false;
                this.wished = PaneWidths.dragged(getDividerPositions(), getWidth());
                this.dragged.accept(this.wished);
                requestLayout();
            }
        });
    }

    /** Tells whether a press is on one of this split's dividers (not on a pane, whose clicks leave the widths alone). */
    private boolean onDivider(Node pressed) {
        for (Node node = pressed; node != null && node != this; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider") && node.getParent() == this) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void layoutChildren() {
        if (!dragging && getWidth() > 0) {
            double[] fitted = wished.positions(getWidth());
            double[] now = getDividerPositions();
            if (Math.abs(now[0] - fitted[0]) * getWidth() > 1 || Math.abs(now[1] - fitted[1]) * getWidth() > 1) {
                setDividerPositions(fitted);
            }
        }
        super.layoutChildren();
    }
}
