package com.flagmark.ingest;

import com.flagmark.model.ArticleDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that news pages print: {@code 2019-03-06 10:12}, {@code 2020年07月04日 12:10},
 * {@code 2021/6/9}, {@code 2019-03-06T10:12:00+08:00}. A zone offset is kept only where the text
 * writes one.
 */
final class PageDates {

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"
                    + "(?:\\s*T?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?!\\d)"
                    + "(?:\\s*[:：分]\\s*(\\d{1,2})(?!\\d)(?:\\.\\d+)?)?"
                    + "(?:\\s?(Z|[+-]\\d{2}:?\\d{2})(?!\\d))?)?");

    /**
     * A date found in a text.
     *
     * @param precision 0 for a day, 1 for a time to the minute, 2 to the second, 3 with a zone
     * @param start where the date starts in the text
     * @param end where it ends
     */
    record Found(ArticleDate date, int precision, int start, int end) {
    }

    private PageDates() {
    }

    /** Returns every plausible date in the text, in order. */
    static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            toDate(matcher).ifPresent(found::add);
        }
        return found;
    }

    /** Returns the first plausible date in the text. */
    static Optional<Found> first(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static Optional<Found> toDate(Matcher matcher) {
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (year < 1990 || year > 2099) {
                return Optional.empty();
            }
            LocalDate day = LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            if (matcher.group(4) == null) {
                return Optional.of(new Found(ArticleDate.of(day), 0, matcher.start(), matcher.end()));
            }
            int second = matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6));
            LocalDateTime local = LocalDateTime.of(day,
                    LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)), second));
            int precision = matcher.group(6) == null ? 1 : 2;
            if (matcher.group(7) != null) {
                ZoneOffset offset = ZoneOffset.of(normaliseOffset(matcher.group(7)));
                return Optional.of(new Found(ArticleDate.of(OffsetDateTime.of(local, offset)), 3, matcher.start(),
                        matcher.end()));
            }
            return Optional.of(new Found(ArticleDate.of(local), precision, matcher.start(), matcher.end()));
        } catch (DateTimeException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }

    private static String normaliseOffset(String offset) {
        if (offset.equals("Z") || offset.contains(":")) {
            return offset;
        }
        return offset.substring(0, 3) + ":" + offset.substring(3);
    }
}
