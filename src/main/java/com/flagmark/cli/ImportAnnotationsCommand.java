package com.flagmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.export.NotImported;
import com.flagmark.export.Unmatched;
import com.flagmark.model.Progress;
import com.flagmark.usecase.AnnotationImportReport;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flagmark import-annotations FILE}: brings back annotations exported as W3C Web
 * Annotation JSON, or a REFI-QDA project or codebook from Flagmark or another tool.
 */
@Command(name = "import-annotations", description = {
    "Import annotations from W3C Web Annotation JSON, a REFI-QDA project (.qdpx) or codebook (.qdc).",
    "Annotations are matched to articles by content hash, then by text, and re-anchored by their quote;",
    "a project's texts the library lacks become articles, its codes are merged by path.",
    "Importing the same file again adds nothing."})
final class ImportAnnotationsCommand extends LibraryCommand {

    @Parameters(paramLabel = "FILE", description = "The .json, .qdpx or .qdc file.")
    Path file;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    /** A REFI-QDA project brings its articles with it, so importing one may start a new library. */
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
        AnnotationImportReport report = session.importAnnotations(file).run(Progress.NONE);
        if (json) {
            out.println(CliJson.write(json(report)));
            return;
        }
        out.printf("%s: %d read, %d added, %d already in the library, %d re-anchored, %d new articles,"
                + " %d new codes, %d notes, %d not imported%n", report.format(), report.read(), report.added(),
                report.alreadyPresent(), report.reanchored(), report.articlesAdded(), report.codesAdded(),
                report.notes(), report.unmatched().size() + report.notImported().size());
        for (Unmatched unmatched : report.unmatched()) {
            out.printf("  not imported: %s%s — %s%n", unmatched.quote().isEmpty() ? "" : "「" + oneLine(unmatched.quote())
                    + "」 in ", unmatched.article(), unmatched.reason());
        }
        for (NotImported item : report.notImported()) {
            out.printf("  not imported: %s %s — %s%n", item.kind(), oneLine(item.name()), item.reason());
        }
    }

    private static ObjectNode json(AnnotationImportReport report) {
        ObjectNode json = CliJson.object();
        json.put("format", report.format());
        json.put("read", report.read());
        json.put("added", report.added());
        json.put("alreadyPresent", report.alreadyPresent());
        json.put("reanchored", report.reanchored());
        json.put("articlesAdded", report.articlesAdded());
        json.put("codesAdded", report.codesAdded());
        json.put("notes", report.notes());
        var unmatched = json.putArray("unmatched");
        for (Unmatched entry : report.unmatched()) {
            unmatched.addObject().put("quote", entry.quote()).put("article", entry.article())
                    .put("reason", entry.reason());
        }
        var notImported = json.putArray("notImported");
        for (NotImported entry : report.notImported()) {
            notImported.addObject().put("kind", entry.kind()).put("name", entry.name()).put("reason", entry.reason());
        }
        return json;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }
}
