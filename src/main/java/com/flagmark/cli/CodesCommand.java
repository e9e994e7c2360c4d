package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flagmark codes}: the codebook, as a tree. */
@Command(name = "codes", description = "List the codebook.")
final class CodesCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the codebook as JSON.")
    boolean json;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        Codebook codebook = session.codebook();
        if (json) {
            out.println(CliJson.write(CliJson.codes(codebook)));
            return;
        }
        for (Code code : codebook.all()) {
            int depth = codebook.path(code).split("/").length - 1;
            out.printf("%6d  %s%s  %s%s%s%n", code.id(), "  ".repeat(depth), code.name(), code.englishName(),
                    code.shortcut().map(key -> "  [" + key + "]").orElse(""), code.codable() ? "" : "  (category)");
        }
        if (codebook.all().isEmpty()) {
            out.println("The codebook is empty.");
        }
    }
}
