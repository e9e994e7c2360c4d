package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.DateBin;
import com.flagmark.usecase.CodeTimeline;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.Timeline;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code flagmark timeline}: codes by month, quarter or year, undated articles apart. */
@Command(name = "timeline", description = "Count coded passages, or the articles they are in, by date and code.")
final class TimelineCommand extends LibraryCommand {

    @Option(names = "--code", paramLabel = "PATH", required = true, description = "The columns: the children of one"
            + " code that has them (措施), or each code given (path or id); repeatable.")
    List<String> columns;

    @Option(names = "--by", paramLabel = "BIN", defaultValue = "month", converter = BinConverter.class,
            description = "month (default), quarter or year.")
    DateBin bin;

    @Option(names = "--count", paramLabel = "UNIT", defaultValue = "articles",
            converter = MatrixCommand.CountedConverter.class, description = "articles (default) or passages.")
    Counted unit;

    @Mixin
    ScopeOptions scope;

    @Mixin
    GridOutput output;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        output.check();
        Codebook codebook = session.codebook();
        Timeline timeline = new CodeTimeline(session).compute(new CodeTimeline.Request(
                ScopeOptions.codeIds(codebook, columns), bin, scope.filter(codebook, List.of())));
        if (output.json) {
            out.println(CliJson.write(AnalysisJson.timeline(timeline, unit)));
        } else {
            GridOutput.print(Grids.of(timeline, unit), output.csv, out);
        }
    }

    /** Reads the size of a bin. */
    static final class BinConverter implements ITypeConverter<DateBin> {
        @Override
        public DateBin convert(String value) {
            return DateBin.fromId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown bin '" + value + "' (month, quarter, year)"));
        }
    }
}
