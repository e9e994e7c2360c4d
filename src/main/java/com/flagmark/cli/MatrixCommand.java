package com.flagmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.usecase.CodeRegionMatrix;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Grid;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.Matrix;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.RegionLevel;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code flagmark matrix}: codes by region, rolled up to a level, with totals. */
@Command(name = "matrix", description = "Count coded passages, or the articles they are in, by region and code.")
final class MatrixCommand extends CountingCommand<Matrix> {

    @Option(names = "--rows", paramLabel = "region:LEVEL", defaultValue = "region:prefecture",
            converter = LevelConverter.class,
            description = "region:province, region:prefecture (default) or region:county.")
    RegionLevel level;

    @Option(names = "--cols", paramLabel = "PATH", required = true, description = "The columns: the children of one"
            + " code that has them (措施), or each code given (path or id); repeatable.")
    List<String> columns;

    @Override
    List<String> columns() {
        return columns;
    }

    @Override
    Matrix count(LibrarySession session, List<Long> codeIds, PassageFilter filter) {
        return new CodeRegionMatrix(session).compute(new CodeRegionMatrix.Request(level, codeIds, scope.rule, filter));
    }

    @Override
    ObjectNode json(Matrix matrix, Counted unit) {
        return AnalysisJson.matrix(matrix, unit);
    }

    @Override
    Grid grid(Matrix matrix, Counted unit) {
        return Grids.of(matrix, unit);
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
}
