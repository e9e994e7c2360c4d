package com.flagmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.model.DateBin;
import com.flagmark.usecase.CodeTimeline;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Grid;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.Timeline;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code flagmark timeline}: codes by month, quarter or year, undated articles apart. */
@Command(name = "timeline", description = "Count coded passages, or the articles they are in, by date and code.")
final class TimelineCommand extends CountingCommand<Timeline> {

    @Option(names = "--code", paramLabel = "PATH", required = true, description = "The columns: the children of one"
            + " code that has them (措施), or each code given (path or id); repeatable.")
    List<String> columns;

    @Option(names = "--by", paramLabel = "BIN", defaultValue = "month", converter = BinConverter.class,
            description = "month (default), quarter or year.")
    DateBin bin;

    @Override
    List<String> columns() {
        return columns;
    }

    @Override
    Timeline count(LibrarySession session, List<Long> codeIds, PassageFilter filter) {
        return new CodeTimeline(session).compute(new CodeTimeline.Request(codeIds, bin, filter));
    }

    @Override
    ObjectNode json(Timeline timeline, Counted unit) {
        return AnalysisJson.timeline(timeline, unit);
    }

    @Override
    Grid grid(Timeline timeline, Counted unit) {
        return Grids.of(timeline, unit);
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
