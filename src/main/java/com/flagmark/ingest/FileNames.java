package com.flagmark.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and the paper people put in the names of the files and folders they collect:
 * {@code 2023-01-31/}, {@code 20230131_01.txt}, {@code 2023年1月31日}, {@code 2023/01/31/},
 * {@code 2023-01/31/} (the layout of e-paper sites), {@code 潍坊日报/…}. The file's own name is
 * read first, then the folders from the nearest up to the one imported. A name whose digits
 * could be an id is not a date: a run of more than eight digits ({@code 202205262391921712}),
 * a hexadecimal id ({@code 3c20230131ab}), and a name with two different dates says none.
 */
final class FileNames {

    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d\\d)[-_.](\\d{1,2})[-_.](\\d{1,2})(?![0-9])");
    private static final Pattern CHINESE = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern COMPACT = Pattern.compile("(?<![0-9])((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?![0-9])");
    private static final Pattern ALPHANUMERIC_RUN = Pattern.compile("[0-9A-Za-z]+");
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d\\d)[-_.]?(\\d\\d)");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern PAPER = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{2,12}报)(?!\\p{IsHan})");
    private static final Set<String> NOT_PAPERS = Set.of("本报", "通报", "简报", "公报", "汇报", "预报", "举报",
            "海报", "电报", "年报", "周报", "月报", "情报", "喜报", "捷报");

    private FileNames() {
    }

    /** What the names say of a file's articles. */
    record Named(Optional<LocalDate> date, Optional<String> paper) {
    }

    /**
     * Reads the names from the folder imported down to the file: {@code names} lists them in
     * that order, the file's own name (without its extension) last.
     */
    static Named read(List<String> names) {
        Optional<LocalDate> date = Optional.empty();
        Optional<String> paper = Optional.empty();
        for (int i = names.size() - 1; i >= 0 && (date.isEmpty() || paper.isEmpty()); i--) {
            String name = names.get(i);
            date = date.or(() -> date(name));
            paper = paper.or(() -> paper(name));
        }
        return new Named(date.or(() -> nested(names)), paper);
    }

    /** Returns the one date a name gives, if it gives exactly one. */
    static Optional<LocalDate> date(String name) {
        Set<LocalDate> dates = new HashSet<>();
        collect(SEPARATED.matcher(name), dates);
        collect(CHINESE.matcher(name), dates);
        Matcher compact = COMPACT.matcher(name);
        while (compact.find()) {
            if (!inHexId(name, compact.start(), compact.end())) {
                valid(compact).ifPresent(dates::add);
            }
        }
        return dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
    }

    /**
     * Reads a date split over nested folders, day last: {@code 2023/01/31}, {@code 2023-01/31},
     * {@code 202301/31}; the nearest to the file counts.
     */
    private static Optional<LocalDate> nested(List<String> names) {
        for (int day = names.size() - 1; day >= 1; day--) {
            if (!ONE_OR_TWO_DIGITS.matcher(names.get(day)).matches()) {
                continue;
            }
            Matcher yearMonth = YEAR_MONTH.matcher(names.get(day - 1));
            if (yearMonth.matches()) {
                return of(yearMonth.group(1), yearMonth.group(2), names.get(day));
            }
            if (day >= 2 && ONE_OR_TWO_DIGITS.matcher(names.get(day - 1)).matches()
                    && YEAR.matcher(names.get(day - 2)).matches()) {
                return of(names.get(day - 2), names.get(day - 1), names.get(day));
            }
        }
        return Optional.empty();
    }

    /** Returns the paper a name gives, such as 潍坊日报 or 齐鲁晚报, if it gives exactly one. */
    static Optional<String> paper(String name) {
        List<String> papers = new ArrayList<>();
        Matcher matcher = PAPER.matcher(name);
        while (matcher.find()) {
            String paper = matcher.group(1);
            if (NOT_PAPERS.stream().noneMatch(paper::endsWith)) {
                papers.add(paper);
            }
        }
        return papers.size() == 1 ? Optional.of(papers.get(0)) : Optional.empty();
    }

    private static void collect(Matcher matcher, Set<LocalDate> dates) {
        while (matcher.find()) {
            valid(matcher).ifPresent(dates::add);
        }
    }

    private static Optional<LocalDate> valid(Matcher matcher) {
        return of(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Tells whether eight digits sit inside a run of letters and digits that is a hexadecimal id. */
    private static boolean inHexId(String name, int start, int end) {
        Matcher run = ALPHANUMERIC_RUN.matcher(name);
        while (run.find()) {
            if (run.start() <= start && run.end() >= end) {
                return run.end() - run.start() > end - start && HEX_ID.matcher(run.group()).matches();
            }
        }
        return false;
    }
}
