package com.flagmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.annotate.Codebook;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Grid;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.PassageFilter;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * A command that counts coded passages, or the articles they are in, into a table of codes by
 * something ({@code matrix}, {@code timeline}): what is counted, the scope and the output are
 * the same, only the use case that counts differs.
 *
 * @param <T> the table the use case returns
 */
abstract class CountingCommand<T> extends LibraryCommand {

    @Option(names = "--count", paramLabel = "UNIT", defaultValue = "articles", converter = CountedConverter.class,
            description = "articles (default) or passages.")
    Counted unit;

    @Mixin
    ScopeOptions scope;

    @Mixin
    GridOutput output;

    /** Returns the codes the columns stand for, as the user named them. */
    abstract List<String> columns();

    /** Counts the table of these columns within the filter. */
    abstract T count(LibrarySession session, List<Long> codeIds, PassageFilter filter);

    /** Returns the table as JSON. */
    abstract ObjectNode json(T table, Counted unit);

    /** Returns the table as a grid for CSV or the terminal. */
    abstract Grid grid(T table, Counted unit);

    @Override
    final void run(LibrarySession session, PrintWriter out) {
        output.check();
        Codebook codebook = session.codebook();
        T table = count(session, ScopeOptions.codeIds(codebook, columns()), scope.filter(codebook, List.of()));
        if (output.json) {
            out.println(CliJson.write(json(table, unit)));
        } else {
            GridOutput.print(grid(table, unit), output.csv, out);
        }
    }

    /** Reads what cells count. */
    static final class CountedConverter implements ITypeConverter<Counted> {
        @Override
        public Counted convert(String value) {
            return Counted.fromId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown count '" + value + "' (articles, passages)"));
        }
    }
}
