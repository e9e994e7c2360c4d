package com.flagmark.export;

import com.flagmark.library.Library;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats Flagmark exports to, as the command line and the Export dialog offer them. */
public enum ExportFormat {
    /** One row per annotation and code. */
    CSV("csv", "annotation row"),
    /** One row per article, with its metadata and number of annotations. */
    ARTICLES_CSV("csv", "article"),
    /** One row per code. */
    CODEBOOK_CSV("csv", "code"),
    /** A W3C Web Annotation collection in JSON-LD. */
    JSON("json", "annotation"),
    /** A REFI-QDA project: the articles, their coded passages and notes, and the codebook. */
    QDPX("qdpx", "annotation"),
    /** A REFI-QDA codebook. */
    QDC("qdc", "code");

    private final String extension;
    private final String unit;

    ExportFormat(String extension, String unit) {
        this.extension = extension;
        this.unit = unit;
    }

    /** Returns the name the command line takes, such as {@code articles-csv}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns the format with this {@link #id()}, if there is one. */
    public static Optional<ExportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(format -> format.id().equals(id)).findFirst();
    }

    /** Returns the usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Tells whether the export depends on a scope; the codebook exports always take every code. */
    public boolean takesScope() {
        return this != CODEBOOK_CSV && this != QDC;
    }

    /** Returns what {@link #write} counts, in English, such as {@code 3 annotations}. */
    public String count(int count) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /**
     * Writes the library's data in scope to {@code out}, whole or not at all, and returns how
     * many items (see {@link #count}) it wrote.
     *
     * @throws FlagmarkException if the file cannot be written or the user cancelled; the file
     *         is then as it was
     */
    public int write(Library library, Path out, ExportScope scope, Progress progress) {
        return switch (this) {
            case CSV -> new CsvExport(library).annotations(out, scope, progress);
            case ARTICLES_CSV -> new CsvExport(library).articles(out, scope);
            case CODEBOOK_CSV -> new CsvExport(library).codebook(out);
            case JSON -> new WebAnnotationExport(library).write(out, scope, progress);
            case QDPX -> new RefiQdaExport(library).project(out, scope, progress);
            case QDC -> new RefiQdaExport(library).codebook(out);
        };
    }
}
