package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.PassageFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that narrow the passages an analysis command looks at: region, dates, source, coder, text, search, co-occurrence. */
final class ScopeOptions {

    @Option(names = "--region", paramLabel = "CODE|NAME", description = "Only articles of this region (a GB/T 2260 code"
            + " such as 370700, or a name such as 潍坊市 or 山东), at any level, its divisions included; repeatable, one level.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "any", converter = RuleConverter.class,
            description = "Which regions an article stands for: any (every region coded in it) or main (the one coded"
                    + " most often, ties to the first); default: ${DEFAULT-VALUE}.")
    RegionRule rule;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles dated on or after this day (2023-02-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles dated on or before this day.")
    LocalDate to;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Only articles of this exact source.")
    String source;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only passages coded by this coder.")
    String coder;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only passages whose quote contains this text.")
    String text;

    @Option(names = "--query", paramLabel = "Q", description = "Only articles this full-text search finds.")
    String query;

    @Option(names = "--with", paramLabel = "CODE", description = "Only passages in articles that also have this code"
            + " (path or id, with the codes below it) coded.")
    String together;

    @Option(names = "--within", paramLabel = "N", description = "With --with: the other code's passage at most N"
            + " characters away.")
    Integer within;

    /** Returns the filter these options ask for, passages carrying one of {@code codeIds} (any, if empty). */
    PassageFilter filter(Codebook codebook, List<Long> codeIds) {
        if (within != null && (together == null || within < 0)) {
            throw new RefusedInput(together == null ? "--within needs --with CODE." : "--within takes a number of characters, 0 or more.");
        }
        return new PassageFilter(codeIds, regions, rule, Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(source), Optional.ofNullable(coder), Optional.ofNullable(text),
                Optional.ofNullable(query), Optional.ofNullable(together).map(code -> codeId(codebook, code)),
                within == null ? OptionalInt.empty() : OptionalInt.of(within));
    }

    /** Returns the ids of codes given by path or id. */
    static List<Long> codeIds(Codebook codebook, List<String> codes) {
        return codes.stream().map(code -> codeId(codebook, code)).toList();
    }

    static long codeId(Codebook codebook, String code) {
        return codebook.resolve(code).orElseThrow(() -> new RefusedInput("There is no code " + code
                + " in the codebook; 'flagmark codes' lists them.")).id();
    }

    /** Reads a region rule. */
    static final class RuleConverter implements ITypeConverter<RegionRule> {
        @Override
        public RegionRule convert(String value) {
            return RegionRule.fromId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown rule '" + value + "' (any, main)"));
        }
    }
}
