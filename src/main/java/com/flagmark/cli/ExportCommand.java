package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.export.CsvExport;
import com.flagmark.export.ExportScope;
import com.flagmark.export.WebAnnotationExport;
import com.flagmark.library.Library;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code flagmark export}: writes the coded data for spreadsheets, statistics and other annotation tools. */
@Command(name = "export", description = "Export annotations (CSV or W3C Web Annotation JSON), articles or the codebook (CSV).")
final class ExportCommand extends LibraryCommand {

    /** The formats written so far. */
    enum Format {
        CSV, ARTICLES_CSV, CODEBOOK_CSV, JSON;

        static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "csv (one row per annotation and code), articles-csv, codebook-csv, or json (W3C Web Annotation).")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; written whole or not at all.")
    Path out;

    @Option(names = "--query", paramLabel = "Q", description = "Only the articles this search finds.")
    String query;

    @Option(names = "--code", paramLabel = "CODE", description = "Only annotations with this code or one below it (path or id); repeatable.")
    List<String> codes = new ArrayList<>();

    @Override
    void run(Library library, PrintWriter out) {
        Codebook codebook = new Codebook(library.codebook().all());
        List<Long> codeIds = codes.stream().map(code -> codebook.resolve(code).orElseThrow(() ->
                new RefusedInput("There is no code " + code + " in the codebook; 'flagmark codes' lists them."))
                .id()).toList();
        ExportScope scope = new ExportScope(Optional.ofNullable(query), codeIds);
        CsvExport export = new CsvExport(library);
        int rows = switch (format) {
            case CSV -> export.annotations(this.out, scope);
            case ARTICLES_CSV -> export.articles(this.out, scope);
            case CODEBOOK_CSV -> export.codebook(this.out);
            case JSON -> new WebAnnotationExport(library).write(this.out, scope);
        };
        String unit = format == Format.JSON ? " annotation" : " row";
        out.println("Wrote " + rows + unit + (rows == 1 ? "" : "s") + " to " + this.out);
    }

    /** Reads csv, articles-csv, codebook-csv and json. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.of(value);
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException("unknown format '" + value
                        + "' (csv, articles-csv, codebook-csv or json)");
            }
        }
    }
}
