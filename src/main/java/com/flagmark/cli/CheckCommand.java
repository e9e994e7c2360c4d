package com.flagmark.cli;

import com.flagmark.library.CheckReport;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibraryCare;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flagmark check}: checks the library file and its search index, with a plain report. */
@Command(name = "check", description = "Check the library file and its search index for damage.")
final class CheckCommand extends LibraryCommand {

    @Option(names = "--quick", description = "Only the quick check of the file's structure (what the app runs after opening).")
    boolean quick;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        CheckReport report = LibraryCare.of(session).check(!quick).run(Progress.NONE);
        if (json) {
            out.println(CliJson.write(CliJson.check(report)));
        } else {
            out.println(summary(session, report));
        }
        if (!report.sound()) {
            out.flush();
            throw new FlagmarkException(report.fileDamaged()
                    ? session.file() + " is damaged: " + report.fileProblems().get(0).text()
                    : "The search index of " + session.file() + " does not agree with it: " + report.indexProblems().get(0).text()
                            + ". Delete the folder " + session.file() + "-search to have it built again.");
        }
    }

    private static String summary(LibrarySession session, CheckReport report) {
        StringBuilder text = new StringBuilder();
        text.append(report.full() ? "Full check of " : "Quick check of ").append(session.file()).append(": ");
        if (report.sound()) {
            text.append(report.full() ? "the file and its search index are sound" : "the file is sound");
        } else {
            text.append("problems found");
        }
        text.append(String.format(" (%.1f s).", report.took().toMillis() / 1000.0));
        report.fileProblems().forEach(problem -> text.append(System.lineSeparator()).append("  file: ").append(problem.text()));
        report.indexProblems().forEach(problem -> text.append(System.lineSeparator()).append("  search index: ").append(problem.text()));
        return text.toString();
    }
}
