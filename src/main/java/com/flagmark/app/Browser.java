package com.flagmark.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Opens an article's original address in the system browser or, where there is none to open it,
 * shows the address ready to copy, so that "Original link" never fails without a word.
 */
final class Browser {

    /** The programs JavaFX tries, in its order, to open a web address on Linux and other Unix systems. */
    static final List<String> UNIX_OPENERS = List.of("xdg-open", "google-chrome", "firefox", "opera", "konqueror",
            "mozilla");

    private Browser() {
    }

    /** Opens the address in the system browser, or shows it to copy if there is no browser to open it. */
    static void open(String url, HostServices host, Window owner) {
        if (available(System.getProperty("os.name", ""), System.getenv(), Browser::onPath)) {
            host.showDocument(url);
        } else {
            showToCopy(url, owner);
        }
    }

    /**
     * Tells whether JavaFX can open a web address here: always on Windows and macOS, elsewhere
     * only if one of {@link #UNIX_OPENERS} is on the path.
     */
    static boolean available(String osName, Map<String, String> environment, Predicate<Path> isProgram) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String path = environment.getOrDefault("PATH", "");
        return UNIX_OPENERS.stream().anyMatch(program -> Arrays.stream(path.split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty()).anyMatch(folder -> isProgram.test(Path.of(folder, program))));
    }

    private static boolean onPath(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    private static void showToCopy(String url, Window owner) {
        TextField address = new TextField(url);
        address.setEditable(false);
        address.setPrefColumnCount(40);
        ButtonType copy = new ButtonType(Messages.get("browser.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", copy, close);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("browser.title"));
        alert.setHeaderText(Messages.get("browser.none"));
        alert.getDialogPane().setContent(new VBox(address));
        alert.setOnShown(shown -> address.selectAll());
        alert.showAndWait().filter(copy::equals).ifPresent(chosen -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
