package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
        List<ArticleSummary> articles = ExportSelection.articles(library, codebook, scope);
        Map<Long, List<Annotation>> annotations = ExportSelection.annotations(library, codebook, scope).stream()
                .filter(annotation -> !annotation.orphaned())
                .collect(Collectors.groupingBy(Annotation::articleId));
        List<QdaProject.Source> sources = new ArrayList<>();
        AtomicFile.write(out, stream -> {
            ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
            Steps steps = new Steps(progress, articles.size(), "Writing articles");
            for (ArticleSummary summary : articles) {
                Article article = library.articles().find(summary.id()).orElseThrow().article();
                QdaProject.Source source = QdaProject.Source.of(article,
                        annotations.getOrDefault(summary.id(), List.of()));
                entry(zip, RefiQda.SOURCES_FOLDER + source.guid() + ".txt");
                zip.write(article.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                sources.add(source);
                steps.step();
            }
            Steps.checkCancelled(progress);
            entry(zip, RefiQda.PROJECT_ENTRY);
            new QdaProject("Flagmark: " + library.file().getFileName(), origin(), codebook, sources).write(zip);
            zip.closeEntry();
            zip.finish();
        });
        return sources.stream().mapToInt(source -> source.annotations().size()).sum();
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
                    + "Nothing was written.");
        }
        AtomicFile.write(out, stream -> {
            QdaXmlWriter xml = QdaXmlWriter.document(stream, "CodeBook", RefiQda.CODEBOOK_NAMESPACE)
                    .attribute("origin", origin());
            QdaCodes.write(xml, codebook);
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
