package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code flagmark export}: writes the coded data for spreadsheets, statistics and other annotation tools. */
@Command(name = "export", description = "Export annotations (CSV, W3C Web Annotation JSON or a REFI-QDA project), "
        + "articles or the codebook (CSV or REFI-QDA).")
final class ExportCommand extends LibraryCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "csv (one row per annotation and code), articles-csv, codebook-csv, json (W3C Web Annotation), "
                    + "qdpx (REFI-QDA project: articles, annotations, notes and codebook) or qdc (REFI-QDA codebook).")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; written whole or not at all.")
    Path out;

    @Option(names = "--query", paramLabel = "Q", description = "Only the articles this search finds.")
    String query;

    @Option(names = "--code", paramLabel = "CODE", description = "Only annotations with this code or one below it (path or id); repeatable.")
    List<String> codes = new ArrayList<>();

    @Override
    void run(LibrarySession session, PrintWriter out) {
        if (!format.takesScope() && (query != null || !codes.isEmpty())) {
            throw new RefusedInput("--format " + format.id() + " writes the whole codebook; --query and --code do not"
                    + " apply to it.");
        }
        Codebook codebook = session.codebook();
        List<Long> codeIds = codes.stream().map(code -> codebook.resolve(code).orElseThrow(() ->
                new RefusedInput("There is no code " + code + " in the codebook; 'flagmark codes' lists them."))
                .id()).toList();
        ExportScope scope = ExportScope.of(Optional.ofNullable(query), codeIds);
        int written = session.export(format, reading -> scope, this.out).run(Progress.NONE);
        out.println("Wrote " + format.count(written) + " to " + this.out);
    }

    /** Reads a format's id. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.fromId(value.toLowerCase(Locale.ROOT)).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "' (" + Arrays.stream(ExportFormat.values()).map(ExportFormat::id)
                            .collect(Collectors.joining(", ")) + ")"));
        }
    }
}
