package com.flagmark.app;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The sample articles that travel inside the app (a copy of the project's {@code seeds/}). */
final class SampleLibrary {

    private SampleLibrary() {
    }

    /** Returns the folder of sample articles, inside the jar or on the class path. */
    static Path folder() {
        URL marker = SampleLibrary.class.getResource("/sample");
        if (marker == null) {
            throw new FlagmarkException("The sample articles are missing from this build of Flagmark.");
        }
        try {
            URI uri = marker.toURI();
            if (!uri.getScheme().equals("jar")) {
                return Path.of(uri);
            }
            try {
                return FileSystems.newFileSystem(uri, Map.of()).getPath("/sample");
            } catch (FileSystemAlreadyExistsException open) {
                return FileSystems.getFileSystem(uri).getPath("/sample");
            }
        } catch (URISyntaxException | IOException unreadable) {
            throw new FlagmarkException("The sample articles cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }
}
