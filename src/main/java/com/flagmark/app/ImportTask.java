package com.flagmark.app;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.ImportReport;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.nlp.HanlpSegmenter;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Imports a folder or file into a library file, on its own connection so the app can go on
 * reading while it runs. {@link #stop()} ends it after the file at hand, with a report of what
 * was done: every file is either wholly imported or not at all.
 */
final class ImportTask extends Task<ImportReport> {

    private final Path libraryFile;
    private final Path source;
    private final StoppableProgress progress = new StoppableProgress((done, total) -> {
        updateProgress(done, total);
        updateMessage(Messages.get("import.progress", done, total));
    });

    ImportTask(Path libraryFile, Path source) {
        this.libraryFile = libraryFile;
        this.source = source;
    }

    @Override
    protected ImportReport call() {
        try (Library library = Library.open(libraryFile)) {
            FolderImporter importer = new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore(),
                    Runtime.getRuntime().availableProcessors() - 1);
            return importer.importPath(source, progress);
        }
    }

    /** Asks the import to stop after the file at hand; it then succeeds with a report marked cancelled. */
    void stop() {
        progress.stop();
    }
}
