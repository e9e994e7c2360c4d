package com.flagmark.app;

import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an import's report as the window lists them: what needs the user's eye first
 * (failed, skipped, duplicates), then the files imported, each named relative to the folder
 * imported; or the problems alone.
 */
final class ImportReportRows {

    private static final List<FileOutcome.Status> ORDER = List.of(FileOutcome.Status.FAILED,
            FileOutcome.Status.SKIPPED, FileOutcome.Status.DUPLICATE, FileOutcome.Status.IMPORTED);

    private ImportReportRows() {
    }

    /** Returns the outcomes to list, problems first; with {@code problemsOnly}, the imported files are left out. */
    static List<FileOutcome> of(ImportReport report, boolean problemsOnly) {
        List<FileOutcome> rows = new ArrayList<>();
        for (FileOutcome.Status status : ORDER) {
            if (!problemsOnly || status != FileOutcome.Status.IMPORTED) {
                rows.addAll(report.outcomes(status));
            }
        }
        return rows;
    }

    /** Returns how many files did not import cleanly: failed, skipped or already in the library. */
    static int problems(ImportReport report) {
        return of(report, true).size();
    }

    private static String reason(FileOutcome outcome) {
        return outcome.reason().map(UserMessages::reason).orElse("");
    }

    /** Words one row in the window's language. */
    static String line(FileOutcome outcome) {
        return switch (outcome.status()) {
            case IMPORTED -> Messages.get("import.line.imported", outcome.file(), outcome.articles().size())
                    + outcome.reason().map(note -> " — " + UserMessages.reason(note)).orElse("");
            case DUPLICATE -> Messages.get("import.line.duplicate", outcome.file());
            case SKIPPED -> Messages.get("import.line.skipped", outcome.file(), reason(outcome));
            case FAILED -> Messages.get("import.line.failed", outcome.file(), reason(outcome));
        };
    }
}
