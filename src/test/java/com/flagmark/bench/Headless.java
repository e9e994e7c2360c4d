package com.flagmark.bench;

/** The Monocle settings the tests use, for benchmarks that start JavaFX themselves. */
public final class Headless {

    private Headless() {
    }

    /** Sets JavaFX to run headless, unless the command line chose otherwise. */
    public static void use() {
        for (String[] property : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"prism.order", "sw"}, {"prism.text", "t2k"}, {"java.awt.headless", "true"}}) {
            if (System.getProperty(property[0]) == null) {
                System.setProperty(property[0], property[1]);
            }
        }
    }
}
