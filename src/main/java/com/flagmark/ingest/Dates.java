package com.flagmark.ingest;

import com.flagmark.model.ArticleDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that Chinese news files write: {@code 2022-02-08 09:28:12 +0800},
 * {@code 2021/6/9}, {@code 2020年07月04日 12:10}, ISO 8601. A zone is kept only where it is
 * written.
 */
final class Dates {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(?<![\\d.])(?<year>(?:19|20)\\d{2})\\s*(?:[-/.]|年)\\s*(?<month>\\d{1,2})\\s*(?:[-/.]|月)\\s*"
                    + "(?<day>\\d{1,2})(?![\\d.])\\s*日?"
                    + "(?:(?:\\s+|T|\\s*日?\\s*)(?<hour>\\d{1,2})\\s*[:：时]\\s*(?<minute>\\d{2})"
                    + "(?:\\s*[:：分]\\s*(?<second>\\d{2}))?(?:\\.\\d+)?"
                    + "(?:\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2}))?)?");

    private Dates() {
    }

    /** A date found in a line, and where it stands. */
    record Found(ArticleDate date, int start, int end) {
    }

    /** Reads a text that is a date and nothing else (surrounding space aside). */
    static Optional<ArticleDate> parse(String text) {
        String trimmed = text.strip();
        return find(trimmed).filter(found -> found.start() == 0 && found.end() == trimmed.length())
                .map(Found::date);
    }

    /** Finds the first valid date in a line. */
    static Optional<Found> find(String line) {
        Matcher matcher = DATE_TIME.matcher(line);
        while (matcher.find()) {
            Optional<ArticleDate> date = toDate(matcher);
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<ArticleDate> toDate(Matcher matcher) {
        try {
            LocalDate date = LocalDate.of(number(matcher, "year"), number(matcher, "month"), number(matcher, "day"));
            if (matcher.group("hour") == null) {
                return Optional.of(ArticleDate.of(date));
            }
            int second = matcher.group("second") == null ? 0 : number(matcher, "second");
            LocalTime time = LocalTime.of(number(matcher, "hour"), number(matcher, "minute"), second);
            Optional<ZoneOffset> zone = Optional.ofNullable(matcher.group("zone")).map(Dates::offset);
            return Optional.of(new ArticleDate(date, Optional.of(time), zone));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                Integer.parseInt(digits.charAt(0) + digits.substring(3)));
    }

    private static int number(Matcher matcher, String group) {
        return Integer.parseInt(matcher.group(group));
    }
}
