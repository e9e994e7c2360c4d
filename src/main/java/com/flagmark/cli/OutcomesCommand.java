package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.OutcomeRow;
import com.flagmark.usecase.OutcomeTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code flagmark outcomes}: the coded outcomes as rows of region, date, indicator, value, unit and as-of date. */
@Command(name = "outcomes", description = "List the coded outcomes as rows for statistics: region, date, indicator,"
        + " value, unit, as-of date.")
final class OutcomesCommand extends LibraryCommand {

    @Option(names = "--code", paramLabel = "PATH", description = "Only passages with this code or one below it"
            + " (default: 成效, the outcomes); repeatable.")
    List<String> codes = new ArrayList<>();

    @Mixin
    ScopeOptions scope;

    @Mixin
    GridOutput output;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        output.check();
        Codebook codebook = session.codebook();
        List<OutcomeRow> rows = new OutcomeTable(session).rows(scope.filter(codebook, ScopeOptions.codeIds(codebook, codes)));
        if (output.json) {
            out.println(CliJson.write(AnalysisJson.outcomes(rows)));
        } else {
            GridOutput.print(Grids.outcomes(rows), output.csv, out);
        }
    }
}
