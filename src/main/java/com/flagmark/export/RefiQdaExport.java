package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.Library;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The REFI-QDA export (QDA-XML 1.0), which NVivo, ATLAS.ti, MAXQDA and QualCoder read: a
 * project ({@code .qdpx}) with the articles in scope, their coded passages, notes and the
 * whole codebook, or the codebook alone ({@code .qdc}). {@link RefiQda} says how Flagmark's
 * data are written where the format has no place for them. The same library exports the same
 * bytes each time. Each file is written whole or not at all.
 */
public final class RefiQdaExport {

    // DOS time in a zip has no zone: a fixed one keeps two exports of the same library the same bytes anywhere.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private final Library library;

    public RefiQdaExport(Library library) {
        this.library = library;
    }

    /** Writes a project of the articles and annotations in scope; returns how many annotations it holds. */
    public int project(Path out, ExportScope scope) {
        return project(out, scope, Progress.NONE);
    }

    /**
     * Writes a project of the articles and annotations in scope, with the whole codebook,
     * telling the progress how far it got; returns how many annotations it holds. An annotation
     * whose passage a re-cleaned text no longer holds (orphaned) is left out: its offsets no
     * longer point into the text.
     *
     * @throws FlagmarkException if the file cannot be written or the user cancels, having written nothing
     */
    public int project(Path out, ExportScope scope, Progress progress) {
        Codebook codebook = new Codebook(library.codebook().all());
        ExportSelection selection = new ExportSelection(library, codebook, scope);
        List<Long> articleIds = selection.articleIds();
        QdaGuids guids = new QdaGuids(library.identity());
        QdaProject.Summary summary = new QdaProject.Summary();
        AtomicFile.write(out, stream -> {
            ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
            Steps texts = new Steps(progress, articleIds.size(), "Writing articles");
            for (QdaProject.Source source : sources(articleIds, selection, texts)) {
                source.annotations().forEach(summary::add);
                entry(zip, RefiQda.SOURCES_FOLDER + guids.source(source.fingerprint()) + ".txt");
                zip.write(source.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Steps.checkCancelled(progress);
            entry(zip, RefiQda.PROJECT_ENTRY);
            // The notes follow the sources in QDA-XML: a second reading of the articles, where there are notes.
            Steps project = new Steps(progress, (summary.noted() ? 2L : 1L) * articleIds.size(), "Writing the project");
            new QdaProject("Flagmark: " + library.file().getFileName(), origin(), codebook, guids)
                    .write(zip, summary, sources(articleIds, selection, project));
            zip.closeEntry();
            zip.finish();
        });
        return summary.annotations();
    }

    /**
     * The articles as sources, each read when its turn comes; an annotation whose passage a
     * re-cleaned text no longer holds (orphaned) is left out.
     */
    private Iterable<QdaProject.Source> sources(List<Long> articleIds, ExportSelection selection, Steps steps) {
        return () -> articleIds.stream().map(id -> {
            steps.step();
            return library.articles().find(id).map(stored -> QdaProject.Source.of(stored.article(),
                    selection.annotationsOf(id).stream().filter(annotation -> !annotation.orphaned()).toList()));
        }).flatMap(Optional::stream).iterator();
    }

    /**
     * Writes the whole codebook; returns how many codes it holds.
     *
     * @throws FlagmarkException if the codebook is empty, which QDA-XML cannot say, or the
     *         file cannot be written; nothing is then written
     */
    public int codebook(Path out) {
        Codebook codebook = new Codebook(library.codebook().all());
        if (codebook.roots().isEmpty()) {
            throw new FlagmarkException("The codebook has no codes, and a REFI-QDA codebook holds at least one. "
                    + "Nothing was written.", null, "export.noCodes");
        }
        AtomicFile.write(out, stream -> {
            QdaXmlWriter xml = QdaXmlWriter.document(stream, "CodeBook", RefiQda.CODEBOOK_NAMESPACE)
                    .attribute("origin", origin());
            QdaCodes.write(xml, codebook, new QdaGuids(library.identity()));
            xml.finish();
        });
        return codebook.all().size();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    private static String origin() {
        return "Flagmark" + Optional.ofNullable(RefiQdaExport.class.getPackage().getImplementationVersion())
                .map(version -> " " + version).orElse("");
    }
}
