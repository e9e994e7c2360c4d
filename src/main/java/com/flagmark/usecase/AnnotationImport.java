package com.flagmark.usecase;

import com.flagmark.export.AnnotationFile;
import com.flagmark.export.ImportLimits;
import com.flagmark.export.RefusedFile;
import com.flagmark.library.Library;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.nio.file.Path;

/**
 * Imports the annotations of a W3C Web Annotation JSON file, a REFI-QDA project ({@code .qdpx})
 * or codebook ({@code .qdc}). The file is streamed ({@link AnnotationFile}), and what it hands on
 * is stored as it comes ({@link IncomingStore}), all in one transaction: a file refused where a
 * fault or a limit is met, or an import the user stops, rolls it back and changes nothing. Codes
 * are merged into the codebook by path, a project's sources the library lacks become articles,
 * and each annotation is matched to its article and passage ({@link ArticleMatch}); every write
 * goes through the library, which applies the domain's rules to it as to one made by hand. An
 * annotation the library already has (same passage, same codes) is not added again, so
 * importing a file twice adds nothing; whatever cannot be imported is reported, never dropped
 * silently.
 */
final class AnnotationImport {

    private final Library library;
    private final ImportLimits limits;

    AnnotationImport(Library library) {
        this(library, ImportLimits.DEFAULT);
    }

    AnnotationImport(Library library, ImportLimits limits) {
        this.library = library;
        this.limits = limits;
    }

    /**
     * Reads the file and stores what it holds; returns what was done.
     *
     * @throws RefusedFile if the file cannot be read, is not one of the formats or is past a
     *         limit, having changed nothing
     * @throws FlagmarkException if the library cannot be written or the user cancelled, having changed nothing
     */
    AnnotationImportReport run(Path file, Progress progress) {
        AnnotationFile annotations = AnnotationFile.open(file, limits);
        IncomingStore.checkCancelled(progress);
        return library.transaction(() -> {
            IncomingStore store = new IncomingStore(library, annotations.name(), progress);
            return store.report(annotations.read(store, progress));
        });
    }
}
