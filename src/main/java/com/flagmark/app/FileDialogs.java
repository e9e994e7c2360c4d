package com.flagmark.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file to write or to read. The app asks the system's file chooser; the
 * window's tests answer themselves, since a native chooser cannot be driven headless.
 */
interface FileDialogs {

    /** The system's file chooser. */
    FileDialogs SYSTEM = new FileDialogs() {
        @Override
        public Optional<Path> save(Window owner, String title, FileChooser.ExtensionFilter filter, Optional<Path> folder,
                String name) {
            FileChooser chooser = chooser(title, filter, folder);
            chooser.setInitialFileName(name);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter, Optional<Path> folder) {
            return Optional.ofNullable(chooser(title, filter, folder).showOpenDialog(owner)).map(File::toPath);
        }

        private FileChooser chooser(String title, FileChooser.ExtensionFilter filter, Optional<Path> folder) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(filter);
            // A remembered folder may have gone since; the chooser refuses one that does not exist.
            folder.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
            return chooser;
        }
    };

    /** Asks for a file to write, offering a folder and a name; empty if the user cancelled. */
    Optional<Path> save(Window owner, String title, FileChooser.ExtensionFilter filter, Optional<Path> folder, String name);

    /** Asks for a file to read, starting in a folder; empty if the user cancelled. */
    Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter, Optional<Path> folder);
}
