package com.flagmark.nlp.figure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a figure holds for (截至2月20日, 到2022年底, 截至目前), and finds the dates and
 * times of day that come before an indicator, so that they can be left out of it.
 */
final class AsOfReader {

    private static final Pattern AS_OF = Pattern.compile(
            "(?:截至|截止到|截止|(?<![\\d年月日号])到)((?:(\\d{4})年)?(?:(\\d{1,2})月)?(?:(\\d{1,2})[日号])?(底|末)?)");
    private static final Pattern NOW = Pattern.compile("(?:截至|截止)(目前|今日|今天|当前|发稿时)");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?:截至|截止到|截止|到|自|从|在)?(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?|\\d{1,2}(?:[-—～~至]\\d{1,2})?月份?"
            + "(?:\\d{1,2}[日号])?|\\d{1,2}[日号])(?:底|末|初|以来|前|后|上旬|中旬|下旬)?"
            + "|今年|去年|明年|当年|全年|年内|年底|目前|当前|近日|日前|节后|节前|春节后|上半年|下半年|前三季度"
            + "|[一二三四]季度|同期|此前|截至目前|截止目前|今天|今日|当天|昨天|上午|下午|晚上|现在|如今|至今|迄今"
            + "|年初|月初");

    private AsOfReader() {
    }

    /** Returns the last as-of date written between {@code from} and {@code to}. */
    static Optional<AsOf> find(String text, int from, int to, Optional<LocalDate> published) {
        Optional<AsOf> found = Optional.empty();
        Matcher date = AS_OF.matcher(text).region(from, to);
        int foundAt = -1;
        while (date.find()) {
            if (date.group(2) != null || date.group(3) != null) {
                found = Optional.of(new AsOf(date.group(1), resolve(date, published)));
                foundAt = date.start();
            }
        }
        Matcher now = NOW.matcher(text).region(from, to);
        while (now.find()) {
            if (now.start() > foundAt) {
                found = Optional.of(new AsOf(now.group(1), published));
                foundAt = now.start();
            }
        }
        return found;
    }

    /** Returns where the last date or time word between {@code from} and {@code to} ends, or {@code from}. */
    static int afterLastDate(String text, int from, int to) {
        Matcher date = DATE_OR_TIME.matcher(text).region(from, to);
        int end = from;
        while (date.find()) {
            end = date.end();
        }
        return end;
    }

    /** Tells whether {@code word} is a date or a time word: 2月20日, 今年, 一季度. */
    static boolean isDateOrTime(String word) {
        return DATE_OR_TIME.matcher(word).matches();
    }

    private static Optional<LocalDate> resolve(Matcher date, Optional<LocalDate> published) {
        boolean yearWritten = date.group(2) != null;
        if (!yearWritten && published.isEmpty()) {
            return Optional.empty();
        }
        try {
            int year = yearWritten ? Integer.parseInt(date.group(2)) : published.get().getYear();
            YearMonth month = YearMonth.of(year, date.group(3) == null ? 12 : Integer.parseInt(date.group(3)));
            LocalDate day = date.group(4) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(date.group(4)));
            // 截至12月31日 in an article of January is the end of the year before; 到4月底 in an
            // article of 25 April is days ahead.
            boolean lastYear = !yearWritten && day.isAfter(published.get().plusMonths(2));
            return Optional.of(lastYear ? day.minusYears(1) : day);
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
