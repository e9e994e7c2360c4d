package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.Passage;
import com.flagmark.library.PassageOrder;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.Passages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code flagmark passages}: every coded passage that passes the filters, with its context and article. */
@Command(name = "passages", description = "List the coded passages, with their context (KWIC) and article, filtered.")
final class PassagesCommand extends LibraryCommand {

    @Option(names = "--code", paramLabel = "PATH", description = "Only passages with this code or one below it (path or id);"
            + " repeatable.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "COLUMN", defaultValue = "date", converter = OrderConverter.class,
            description = "date (default; undated last), title, source, before, quote, after, codes, note, attributes,"
                    + " coder or modified.")
    PassageOrder order;

    @Option(names = "--descending", description = "Sort from the last to the first.")
    boolean descending;

    @Option(names = "--limit", paramLabel = "N", description = "At most N passages.")
    Integer limit;

    @Mixin
    ScopeOptions scope;

    @Mixin
    GridOutput output;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        output.check();
        Codebook codebook = session.codebook();
        Passages passages = new Passages(session);
        List<Long> ids = passages.find(scope.filter(codebook, ScopeOptions.codeIds(codebook, codes)), order, descending);
        List<Passage> found = passages.load(limit == null ? ids : ids.subList(0, Math.min(ids.size(), Math.max(0, limit))));
        if (output.json) {
            out.println(CliJson.write(AnalysisJson.passages(found, codebook)));
        } else {
            GridOutput.print(Grids.passages(found, codebook), output.csv, out);
        }
    }

    /** Reads a sort column. */
    static final class OrderConverter implements ITypeConverter<PassageOrder> {
        @Override
        public PassageOrder convert(String value) {
            try {
                return PassageOrder.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException("unknown column '" + value + "'");
            }
        }
    }
}
