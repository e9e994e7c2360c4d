package com.flagmark.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * The interface's fonts: families that hold Chinese glyphs, chosen from those installed. JavaFX
 * takes only the first family a style names and, on Linux, its default font does not fall back
 * to a Chinese one, so labels, lists and menus would show boxes for every Chinese character.
 */
final class UiFonts {

    private static final List<String> SANS = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB");
    private static final List<String> SERIF = List.of("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN",
            "Songti SC", "SimSun", "NSimSun");

    private UiFonts() {
    }

    /** Returns the first of {@code wanted} that is among the {@code installed} families. */
    static Optional<String> firstInstalled(List<String> wanted, Collection<String> installed) {
        return wanted.stream().filter(installed::contains).findFirst();
    }

    /**
     * Gives every window the app shows from now on, dialogs included, the Chinese fonts; does
     * nothing when none is installed.
     */
    static void applyToEveryWindow() {
        stylesheet().ifPresent(css -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> add(window.getScene(), css));
            }
        }));
    }

    private static void add(Scene scene, String css) {
        if (scene != null && !scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /**
     * Returns a stylesheet (a data URL) that sets the interface's sans-serif font and the serif
     * font of quoted passages, or nothing when no Chinese family is installed.
     */
    static Optional<String> stylesheet() {
        List<String> installed = Font.getFamilies();
        StringBuilder css = new StringBuilder();
        firstInstalled(SANS, installed).ifPresent(family -> css.append(rule(".root", family))
                // A chart's axis draws its labels in a font of its own, which .root does not reach.
                .append(".axis { -fx-tick-label-font-family: \"").append(family).append("\"; }\n"));
        firstInstalled(SERIF, installed).ifPresent(family -> css.append(rule(".annotation-quote", family)));
        if (css.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String rule(String selector, String family) {
        return selector + " { -fx-font-family: \"" + family + "\"; }\n";
    }
}
