package com.flagmark.app;

import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.library.Library;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.concurrent.Task;

/**
 * Writes an export on a connection of its own, so the app can go on reading while it runs, and
 * returns how many items it wrote (see {@link ExportFormat#count}). The file is written whole or
 * not at all; {@link #stop()} makes the export fail at its next step, having written nothing.
 */
final class ExportTask extends Task<Integer> {

    private final Path libraryFile;
    private final ExportFormat format;
    private final Function<Library, ExportScope> scope;
    private final Path out;
    private final StoppableProgress progress = new StoppableProgress((done, total) -> {
        updateProgress(done, total);
        updateMessage(Messages.get("export.progress", done, total));
    });

    /** An export of what {@code scope} takes from the library, worked out when the export starts. */
    ExportTask(Path libraryFile, ExportFormat format, Function<Library, ExportScope> scope, Path out) {
        this.libraryFile = libraryFile;
        this.format = format;
        this.scope = scope;
        this.out = out;
    }

    @Override
    protected Integer call() {
        updateMessage(Messages.get("export.reading"));
        try (Library library = Library.open(libraryFile)) {
            return format.write(library, out, scope.apply(library), progress);
        }
    }

    /** Asks the export to stop; it then fails with the exchange layer's message that nothing was written. */
    void stop() {
        progress.stop();
    }

    /** Tells whether the user asked the export to stop. */
    boolean stopped() {
        return progress.isCancelled();
    }

    ExportFormat format() {
        return format;
    }

    Path out() {
        return out;
    }
}
