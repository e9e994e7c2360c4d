package com.flagmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.model.DateBin;
import com.flagmark.model.RegionRule;
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

/**
 * {@code flagmark timeline}: codes by month, quarter or year, undated articles apart; with
 * {@code --region}, one timeline for each region given, side by side.
 */
@Command(name = "timeline", description = "Count coded passages, or the articles they are in, by date and code;"
        + " each --region given is a series of its own.")
final class TimelineCommand extends CountingCommand<List<Timeline>> {

    @Option(names = "--code", paramLabel = "PATH", required = true, description = "The columns: the children of one"
            + " code that has them (措施), or each code given (path or id); repeatable.")
    List<String> columns;

    @Option(names = "--by", paramLabel = "BIN", defaultValue = "month", converter = BinConverter.class,
            description = "month (default), quarter or year.")
    DateBin bin;

    /** The region rule the series were counted under, for the JSON. */
    private RegionRule rule = RegionRule.ANY;

    @Override
    List<String> columns() {
        return columns;
    }

    @Override
    List<Timeline> count(LibrarySession session, List<Long> codeIds, PassageFilter filter) {
        rule = filter.rule();
        return new CodeTimeline(session).perRegion(new CodeTimeline.Request(codeIds, bin, filter));
    }

    @Override
    ObjectNode json(List<Timeline> timelines, Counted unit) {
        return AnalysisJson.timelines(timelines, rule, unit);
    }

    @Override
    Grid grid(List<Timeline> timelines, Counted unit) {
        return Grids.of(timelines, unit);
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
