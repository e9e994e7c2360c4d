package com.flagmark.cli;

import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportReport;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flagmark import PATH}: imports a folder (recursively) or a single file. */
@Command(name = "import", description = "Import a folder of articles (recursively) or a single file.")
final class ImportCommand extends LibraryCommand {

    @Parameters(paramLabel = "PATH", description = "A folder or a file.")
    Path path;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

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
        ImportReport report = session.importPath(path, Runtime.getRuntime().availableProcessors())
                .run(json ? Progress.NONE : new TerminalProgress(spec));
        if (suggest) {
            List<Long> imported = report.outcomes(FileOutcome.Status.IMPORTED).stream()
                    .flatMap(outcome -> outcome.articles().stream()).toList();
            if (!imported.isEmpty()) {
                session.suggestions().computeMissing(imported).run(json ? Progress.NONE : new TerminalProgress(spec));
            }
        }
        out.println(json ? CliJson.write(CliJson.report(report)) : summary(report));
        if (report.stoppedBy().isPresent()) {
            out.flush();
            throw new FlagmarkException("The import stopped: " + report.stoppedBy().get());
        }
    }

    private static String summary(ImportReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d files: %d articles imported, %d already in the library, %d skipped, %d failed.%n",
                report.files(), report.articles(), report.duplicates(),
                report.outcomes(FileOutcome.Status.SKIPPED).size(), report.outcomes(FileOutcome.Status.FAILED).size()));
        for (FileOutcome outcome : report.outcomes()) {
            text.append(line(outcome)).append(System.lineSeparator());
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
            case SKIPPED -> "  skipped    " + outcome.file() + ": " + outcome.reason().orElse("");
            case FAILED -> "  failed     " + outcome.file() + ": " + outcome.reason().orElse("");
        };
    }

    private static String count(int articles) {
        return articles == 1 ? "1 article" : articles + " articles";
    }

    private static String ids(FileOutcome outcome) {
        return outcome.duplicateOf().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
