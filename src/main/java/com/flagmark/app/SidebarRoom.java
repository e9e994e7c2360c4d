package com.flagmark.app;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * How the sidebar's height is shared between the codebook, the middle tabs and the annotation
 * editor, by the tab in front. Coding by hand needs the codebook and the editor; reviewing
 * suggestions by keyboard needs the list of them, so with the Suggestions tab in front the tabs
 * take most of the height, the codebook and the editor a strip each. Dividers the user drags stay
 * where they were left for that tab.
 */
final class SidebarRoom {

    /** The dividers with the annotations in front: a third each, the editor a little more. */
    static final double[] CODING = {0.30, 0.60};
    /** The dividers with the suggestions in front: the list takes what the codebook's and editor's strips leave. */
    static final double[] REVIEWING = {0.10, 0.86};

    private SidebarRoom() {
    }

    /** Sets {@code sidebar}'s dividers for the tab {@code tabs} shows now, and again each time it shows another. */
    static void follow(SplitPane sidebar, TabPane tabs, Tab reviewing) {
        Map<Tab, double[]> positions = new HashMap<>();
        tabs.getTabs().forEach(tab -> positions.put(tab, tab == reviewing ? REVIEWING : CODING));
        sidebar.setDividerPositions(positions.get(tabs.getSelectionModel().getSelectedItem()));
        tabs.getSelectionModel().selectedItemProperty().addListener((property, before, now) -> {
            if (before != null) {
                positions.put(before, sidebar.getDividerPositions());
            }
            if (now != null) {
                sidebar.setDividerPositions(positions.get(now));
            }
        });
    }
}
