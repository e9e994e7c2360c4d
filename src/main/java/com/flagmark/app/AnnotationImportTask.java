package com.flagmark.app;

import com.flagmark.export.AnnotationImport;
import com.flagmark.export.AnnotationImportReport;
import com.flagmark.library.Library;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Imports the annotations of a W3C Web Annotation JSON file or a REFI-QDA project or codebook,
 * on a connection of its own. The import stores everything in one transaction or nothing:
 * {@link #stop()} makes it fail at its next step, having changed nothing.
 */
final class AnnotationImportTask extends Task<AnnotationImportReport> {

    private final Path libraryFile;
    private final Path file;
    private final StoppableProgress progress = new StoppableProgress((done, total) -> {
        updateProgress(done, total);
        updateMessage(Messages.get("annotationImport.progress", done >> 20, total >> 20));
    });

    AnnotationImportTask(Path libraryFile, Path file) {
        this.libraryFile = libraryFile;
        this.file = file;
    }

    @Override
    protected AnnotationImportReport call() {
        updateMessage(Messages.get("annotationImport.reading"));
        try (Library library = Library.open(libraryFile)) {
            return new AnnotationImport(library).run(file, progress);
        }
    }

    /** Asks the import to stop; it then fails, having changed nothing. */
    void stop() {
        progress.stop();
    }

    /** Tells whether the user asked the import to stop. */
    boolean stopped() {
        return progress.isCancelled();
    }

    Path file() {
        return file;
    }
}
