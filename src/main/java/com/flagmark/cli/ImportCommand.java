package com.flagmark.cli;

import com.flagmark.model.Reason;
import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportOptions;
import com.flagmark.ingest.ImportReport;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flagmark import PATH [--source PAPER] [--date DATE]}: imports a folder (recursively) or a
 * single file, and lists every file relative to the folder imported, problems first.
 */
@Command(name = "import", description = "Import a folder of articles (recursively) or a single file.")
final class ImportCommand extends LibraryCommand {

    @Parameters(paramLabel = "PATH", description = "A folder or a file.")
    Path path;

    @Option(names = "--source", paramLabel = "PAPER",
            description = "The paper of articles that name none or only 本报, such as 潍坊日报.")
    String source;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The date of articles that give none, as 2023-01-31.")
    String date;

    @Option(names = "--problems", description = "List only the files not imported: failed, skipped, duplicates.")
    boolean problemsOnly;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    /** The order files are listed in: what needs the user's eye first. */
    private static final List<FileOutcome.Status> ORDER = List.of(FileOutcome.Status.FAILED,
            FileOutcome.Status.SKIPPED, FileOutcome.Status.DUPLICATE, FileOutcome.Status.IMPORTED);

    @Option(names = "--suggest", description = "Compute the suggestions of the imported articles too.")
    boolean suggest;

    @Override
    boolean createsLibrary() {
        return true;
    }

    @Override
    boolean writes() {
        return true;
    }

    @Override
    void run(LibrarySession session, PrintWriter out) {
        ImportReport report = session.importPath(path, options(), Runtime.getRuntime().availableProcessors())
                .run(json ? Progress.NONE : new TerminalProgress(spec));
        SearchIndexWait.afterImporting(session, spec);
        if (suggest) {
            List<Long> imported = report.outcomes(FileOutcome.Status.IMPORTED).stream()
                    .flatMap(outcome -> outcome.articles().stream()).toList();
            if (!imported.isEmpty()) {
                session.suggestions().computeMissing(imported).run(json ? Progress.NONE : new TerminalProgress(spec));
            }
        }
        out.println(json ? CliJson.write(CliJson.report(report)) : summary(report, problemsOnly));
        if (report.stoppedBy().isPresent()) {
            out.flush();
            throw new FlagmarkException("The import stopped: " + report.stoppedBy().get());
        }
    }

    private ImportOptions options() {
        try {
            return new ImportOptions(Optional.ofNullable(source),
                    Optional.ofNullable(date).filter(text -> !text.isBlank()).map(LocalDate::parse));
        } catch (DateTimeParseException notADate) {
            throw new RefusedInput("\"" + date + "\" is not a date: write it as 2023-01-31.");
        }
    }

    private static String summary(ImportReport report, boolean problemsOnly) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d files: %d articles imported, %d already in the library, %d skipped, %d failed.%n",
                report.files(), report.articles(), report.duplicates(),
                report.outcomes(FileOutcome.Status.SKIPPED).size(), report.outcomes(FileOutcome.Status.FAILED).size()));
        for (FileOutcome.Status status : ORDER) {
            if (problemsOnly && status == FileOutcome.Status.IMPORTED) {
                continue;
            }
            for (FileOutcome outcome : report.outcomes(status)) {
                text.append(line(outcome)).append(System.lineSeparator());
            }
        }
        if (report.cancelled()) {
            text.append("Cancelled: the files listed were imported whole; the rest were not touched.")
                    .append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    private static String line(FileOutcome outcome) {
        return switch (outcome.status()) {
            case IMPORTED -> "  imported   " + outcome.file() + " (" + count(outcome.articles().size())
                    + (outcome.duplicateOf().isEmpty() ? "" : "; " + outcome.duplicateOf().size()
                    + " already in the library: " + ids(outcome)) + ")";
            case DUPLICATE -> "  duplicate  " + outcome.file() + " (of article " + ids(outcome) + ")";
            case SKIPPED -> "  skipped    " + outcome.file() + ": " + outcome.reason().map(Reason::text).orElse("");
            case FAILED -> "  failed     " + outcome.file() + ": " + outcome.reason().map(Reason::text).orElse("");
        };
    }

    private static String count(int articles) {
        return articles == 1 ? "1 article" : articles + " articles";
    }

    private static String ids(FileOutcome outcome) {
        return outcome.duplicateOf().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
