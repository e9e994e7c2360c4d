package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.usecase.CodeRegionMatrix;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.Matrix;
import com.flagmark.usecase.RegionLevel;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code flagmark matrix}: codes by region, rolled up to a level, with totals. */
@Command(name = "matrix", description = "Count coded passages, or the articles they are in, by region and code.")
final class MatrixCommand extends LibraryCommand {

    @Option(names = "--rows", paramLabel = "region:LEVEL", defaultValue = "region:prefecture",
            converter = LevelConverter.class,
            description = "region:province, region:prefecture (default) or region:county.")
    RegionLevel level;

    @Option(names = "--cols", paramLabel = "PATH", required = true, description = "The columns: the children of one"
            + " code that has them (措施), or each code given (path or id); repeatable.")
    List<String> columns;

    @Option(names = "--count", paramLabel = "UNIT", defaultValue = "articles", converter = CountedConverter.class,
            description = "articles (default) or passages.")
    Counted unit;

    @Mixin
    ScopeOptions scope;

    @Mixin
    GridOutput output;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        output.check();
        Codebook codebook = session.codebook();
        Matrix matrix = new CodeRegionMatrix(session).compute(new CodeRegionMatrix.Request(level,
                ScopeOptions.codeIds(codebook, columns), scope.rule, scope.filter(codebook, List.of())));
        if (output.json) {
            out.println(CliJson.write(AnalysisJson.matrix(matrix, unit)));
        } else {
            GridOutput.print(Grids.of(matrix, unit), output.csv, out);
        }
    }

    /** Reads {@code region:LEVEL}. */
    static final class LevelConverter implements ITypeConverter<RegionLevel> {
        @Override
        public RegionLevel convert(String value) {
            String level = value.startsWith("region:") ? value.substring("region:".length()) : value;
            return RegionLevel.fromId(level).orElseThrow(() -> new TypeConversionException("unknown rows '" + value
                    + "' (region:province, region:prefecture, region:county)"));
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
