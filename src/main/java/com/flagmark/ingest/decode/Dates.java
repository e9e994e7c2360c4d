package com.flagmark.ingest.decode;

import com.flagmark.model.ArticleDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that Chinese news files write: {@code 2022-02-08 09:28:12 +0800},
 * {@code 2021/6/9}, {@code 2020年07月04日 12:10}, ISO 8601, and the month-first order of some
 * forums and blogs, {@code 3/1/2005 12:12:05 PM}, and a Chinese month before an English day,
 * {@code 十一月 6th, 2009}. A zone is kept only where it is written.
 */
public final class Dates {

    /**
     * A day ends where no digit follows, or where a time follows with nothing between, as where
     * a page puts the date and the time in elements of their own: 2020-01-1417:58.
     */
    private static final String DAY_ENDS = "(?:(?![\\d.])|(?=\\d{1,2}\\s*[:：]\\d))";
    /*
     * Each pattern below opens with a look at the one character it must start with: searching a
     * long text tries a pattern at every place, and that look turns most places away at once.
     */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(?=[12])(?<![\\d.])(?<year>(?:19|20)\\d{2})\\s*(?:[-/.]|年)\\s*(?<month>\\d{1,2})\\s*(?:[-/.]|月)\\s*"
                    + "(?<day>\\d{1,2})" + DAY_ENDS + "\\s*日?"
                    + "(?:(?:\\s+|T|\\s*日?\\s*)(?<hour>\\d{1,2})\\s*[:：时]\\s*(?<minute>\\d{1,2})(?!\\d)"
                    + "(?:\\s*[:：分]\\s*(?<second>\\d{1,2})(?!\\d))?(?:\\.\\d+)?"
                    + "(?:\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2})(?!\\d))?)?");
    /** Month first, year last, a 12-hour clock: 3/1/2005 12:12:05 PM. */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?=\\d)(?<![\\d/.])(?<month>\\d{1,2})/(?<day>\\d{1,2})/(?<year>(?:19|20)\\d{2})(?![\\d/])"
                    + "(?:\\s+(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?:\\s*(?<half>[AaPp][Mm]))?)?");
    /**
     * A month named in Chinese before an English day and the year, as a blog in Chinese on an
     * English platform writes it: 十一月 6th, 2009, or 十一月 6th, 2009 at 12:02 下午.
     */
    private static final Pattern NAMED_MONTH = Pattern.compile(
            "(?=[一二三四五六七八九十])(?<![\\p{IsHan}])(?<month>十[一二]?|[一二三四五六七八九])月\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?,\\s*"
                    + "(?<year>(?:19|20)\\d{2})(?!\\d)(?:\\s+at\\s+(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?\\s*(?<half>上午|下午)?)?");
    private static final String MONTH_NAMES = "一二三四五六七八九十";

    /**
     * A date shown without its year, as a label's value: 10-08 12:00, 10月8日; or with two digits
     * of it, 18-03-08 23:16.
     */
    private static final Pattern YEARLESS = Pattern.compile(
            "^\\s*(?:(?<short>\\d{2})[-/.])?(?<month>\\d{1,2})\\s*(?:[-/.]|月)\\s*(?<day>\\d{1,2})" + DAY_ENDS
                    + "\\s*日?(?:\\s*(?<hour>\\d{1,2})\\s*[:：]\\s*(?<minute>\\d{2})(?!\\d))?");
    private static final int FIRST_YEAR = 1990;

    private Dates() {
    }

    /**
     * A date found in a text, and where it stands.
     *
     * @param precision 0 for a day, 1 for a time to the minute, 2 to the second, 3 with a zone
     */
    public record Found(ArticleDate date, int precision, int start, int end) {
    }

    /**
     * A date shown without its year, or with only its last two digits, that the page's other
     * dates can complete.
     *
     * @param shortYear the last two digits of the year, where they are shown
     * @param end where the date ends in the text it was found in
     */
    public record Yearless(OptionalInt shortYear, int month, int day, Optional<LocalTime> time, int end) {

        /**
         * Returns the date in the year shown, else in {@code year} (from the page's metadata),
         * else none; and none where the month and day make no date.
         */
        public Optional<Found> completed(OptionalInt year) {
            OptionalInt full = shortYear.isPresent() ? OptionalInt.of(2000 + shortYear.getAsInt()) : year;
            if (full.isEmpty()) {
                return Optional.empty();
            }
            try {
                LocalDate date = LocalDate.of(full.getAsInt(), month, day);
                ArticleDate value = new ArticleDate(date, time, Optional.empty());
                return Optional.of(new Found(value, time.isPresent() ? 1 : 0, 0, end));
            } catch (DateTimeException impossible) {
                return Optional.empty();
            }
        }
    }

    /** Finds a date shown without its full year at the start of a label's value, as in 发布时间：10-08 12:00. */
    public static Optional<Yearless> findYearless(String value) {
        Matcher matcher = YEARLESS.matcher(value);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            Optional<LocalTime> time = matcher.group("hour") == null ? Optional.empty()
                    : Optional.of(LocalTime.of(number(matcher, "hour"), number(matcher, "minute")));
            OptionalInt shortYear = matcher.group("short") == null ? OptionalInt.empty()
                    : OptionalInt.of(number(matcher, "short"));
            return Optional.of(new Yearless(shortYear, number(matcher, "month"), number(matcher, "day"), time,
                    matcher.end()));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** Reads a text that is a date and nothing else (surrounding space aside). */
    public static Optional<ArticleDate> parse(String text) {
        String trimmed = text.strip();
        return find(trimmed).filter(found -> found.start() == 0 && found.end() == trimmed.length())
                .map(Found::date);
    }

    /** Finds the first valid date in a line. */
    public static Optional<Found> find(String line) {
        List<Found> all = findAll(line);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Finds every valid date in a text, in order. */
    public static List<Found> findAll(String text) {
        // Every pattern needs a year of 19xx or 20xx, and the other orders their separators: a text
        // without them is not searched, since a search tries a pattern at every character of a
        // paragraph and the quick compiler's regular expressions cost tens of nanoseconds a try.
        if (!text.contains("19") && !text.contains("20")) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        collect(DATE_TIME, text, found);
        if (text.indexOf('/') >= 0) {
            collect(MONTH_FIRST, text, found);
        }
        if (text.indexOf('月') >= 0 && text.indexOf(',') >= 0) {
            collect(NAMED_MONTH, text, found);
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void collect(Pattern pattern, String text, List<Found> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            toDate(matcher).ifPresent(found::add);
        }
    }

    private static Optional<Found> toDate(Matcher matcher) {
        try {
            int year = number(matcher, "year");
            if (year < FIRST_YEAR) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(year, month(matcher.group("month")), number(matcher, "day"));
            if (matcher.group("hour") == null) {
                return Optional.of(new Found(ArticleDate.of(date), 0, matcher.start(), matcher.end()));
            }
            boolean seconds = matcher.group("second") != null;
            LocalTime time = LocalTime.of(hour(matcher), number(matcher, "minute"),
                    seconds ? number(matcher, "second") : 0);
            Optional<ZoneOffset> zone = hasGroup(matcher, "zone")
                    ? Optional.ofNullable(matcher.group("zone")).map(Dates::offset) : Optional.empty();
            int precision = zone.isPresent() ? 3 : seconds ? 2 : 1;
            return Optional.of(new Found(new ArticleDate(date, Optional.of(time), zone), precision, matcher.start(),
                    matcher.end()));
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

    /** The hour on a 24-hour clock: 12:05 AM is 00:05, 1:05 PM is 13:05. */
    private static int hour(Matcher matcher) {
        int hour = number(matcher, "hour");
        if (!hasGroup(matcher, "half") || matcher.group("half") == null) {
            return hour;
        }
        String half = matcher.group("half");
        boolean afternoon = Character.toUpperCase(half.charAt(0)) == 'P' || half.equals("下午");
        return hour % 12 + (afternoon ? 12 : 0);
    }

    /** A month in digits, or named in Chinese: 十一 is 11. */
    private static int month(String month) {
        if (Character.isDigit(month.charAt(0))) {
            return Integer.parseInt(month);
        }
        return month.length() == 1 ? MONTH_NAMES.indexOf(month) + 1 : 10 + MONTH_NAMES.indexOf(month.charAt(1)) + 1;
    }

    private static boolean hasGroup(Matcher matcher, String group) {
        return matcher.pattern().pattern().contains("(?<" + group + ">");
    }

    private static int number(Matcher matcher, String group) {
        return Integer.parseInt(matcher.group(group));
    }
}
