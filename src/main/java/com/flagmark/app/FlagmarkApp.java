package com.flagmark.app;

import atlantafx.base.theme.PrimerLight;
import com.flagmark.library.LibraryLocation;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The desktop app: opens the library, shows the main window, offers the samples to an empty library. */
public final class FlagmarkApp extends Application {

    private LibraryViewModel model;

    /** Opens the desktop app on a library file, or on the default library; returns when it closes. */
    public static void launch(Optional<Path> library) {
        Application.launch(FlagmarkApp.class, library.map(file -> "--library=" + file).stream().toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path file = Optional.ofNullable(getParameters().getNamed().get("library")).map(Path::of)
                .orElseGet(LibraryLocation::defaultFile);
        model = new LibraryViewModel(BackgroundExecutor.serial("library"), BackgroundExecutor.parallel("import"));
        MainView view = new MainView(model, url -> getHostServices().showDocument(url));
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(view, 1280, 820));
        stage.show();
        model.open(file, () -> {
            if (model.articles().isEmpty()) {
                offerSamples(stage, view);
            }
        });
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }

    private static void offerSamples(Stage stage, MainView view) {
        ButtonType load = new ButtonType(Messages.get("sample.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(Messages.get("sample.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert offer = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("sample.content"), load, skip);
        offer.initOwner(stage);
        offer.setTitle(Messages.get("sample.title"));
        offer.setHeaderText(Messages.get("sample.header"));
        offer.showAndWait().filter(load::equals).ifPresent(choice -> view.importPath(SampleLibrary.folder()));
    }
}
