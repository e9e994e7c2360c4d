package com.flagmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.RecleanReport;
import com.flagmark.usecase.RecleanReport.Kept;
import com.flagmark.usecase.RecleanReport.Orphan;
import com.flagmark.usecase.RecleanScope;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flagmark reclean [ID…|--all]}: reads articles again from their files' stored bytes
 * with the current cleaner, re-anchoring their annotations.
 */
@Command(name = "reclean", description = {
    "Clean articles again from the stored bytes of their files with this Flagmark's cleaner.",
    "Annotations move with their quote; those whose quote the new text no longer holds are kept and",
    "flagged orphaned. Without ID or --all: the articles an older cleaner made."})
final class RecleanCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Articles to re-clean, with the other stories of their files.")
    List<Long> ids = List.of();

    @Option(names = "--all", description = "Re-clean every article the cleaner made.")
    boolean all;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        if (all && !ids.isEmpty()) {
            throw new RefusedInput("Give article ids or --all, not both.");
        }
        RecleanScope scope = all ? RecleanScope.all() : ids.isEmpty() ? RecleanScope.outdated() : RecleanScope.articles(ids);
        RecleanReport report = session.reclean(scope).run(json ? Progress.NONE : new TerminalProgress(spec));
        out.println(json ? CliJson.write(json(report)) : summary(report));
    }

    private static String summary(RecleanReport report) {
        StringBuilder text = new StringBuilder(String.format("%d files read again: %d articles with a new text,"
                + " %d unchanged, %d added; %d annotations moved, %d orphaned.", report.files(), report.changed(),
                report.unchanged(), report.added(), report.moved(), report.orphaned().size()));
        for (Orphan orphan : report.orphaned()) {
            text.append(String.format("%n  orphaned   annotation %d of article %d: 「%s」", orphan.annotation(),
                    orphan.article(), orphan.quote().replace('\n', ' ')));
        }
        for (Kept kept : report.kept()) {
            text.append(String.format("%n  kept       %s%s: %s", kept.file(),
                    kept.article().map(id -> " (article " + id + ")").orElse(""), kept.reason()));
        }
        if (report.cancelled()) {
            text.append(String.format("%nCancelled: the files counted were re-cleaned whole; the rest were not touched."));
        }
        return text.toString();
    }

    private static ObjectNode json(RecleanReport report) {
        ObjectNode json = CliJson.object();
        json.put("files", report.files());
        json.put("changed", report.changed());
        json.put("unchanged", report.unchanged());
        json.put("added", report.added());
        json.put("moved", report.moved());
        ArrayNode orphaned = json.putArray("orphaned");
        for (Orphan orphan : report.orphaned()) {
            orphaned.addObject().put("article", orphan.article()).put("annotation", orphan.annotation())
                    .put("quote", orphan.quote());
        }
        ArrayNode kept = json.putArray("kept");
        for (Kept entry : report.kept()) {
            ObjectNode item = kept.addObject().put("file", entry.file());
            entry.article().ifPresentOrElse(id -> item.put("article", id), () -> item.putNull("article"));
            item.put("reason", entry.reason());
        }
        json.put("cancelled", report.cancelled());
        return json;
    }
}
