package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the quantities of a text: a number in digits (ASCII or full-width, with a decimal point
 * or thousands separators), in Chinese numerals (两千, 百分之九十八) or a range of two (2-3,
 * 2至3), perhaps 余 or 多, and a unit. A number that is part of something else is left alone:
 * dates and times (2月20日, 2022年), ordinals (第3批, 3号), model names (5G, 4+1), area codes
 * and phone numbers (0536-1234567), ratios (1.1:50.3), vague amounts (数十家), and Chinese
 * numerals that are words or names (一线, 百场千企, “三张清单”).
 */
final class QuantityReader {

    /**
     * A quantity and where it stands.
     *
     * @param start where its number starts, in UTF-16 indices of the text
     * @param end where its unit and any 以上, 左右 or 余 after it end
     */
    record Reading(int start, int end, Quantity quantity) {
    }

    private static final String RANGE_SIGNS = "-－~～—–至到";
    private static final String NOT_BEFORE = ".．+＋×*/#-－—:：";
    private static final String NOT_AFTER = "+＋×*/:：";
    private static final String VAGUE_BEFORE = "第数几上成好若每";
    private static final String SPACES = " \u00a0\u3000";
    private static final int LONGEST_QUOTED_NAME = 8;
    private static final Set<String> RANKED = Set.of("名", "位", "批");
    /** Words that begin with a Chinese numeral and a unit but are terms: 三次产业, the three sectors. */
    private static final Set<String> TERMS = Set.of("三次产业");

    private final String text;
    private final SegmentedText words;
    private final List<Reading> found = new ArrayList<>();

    private QuantityReader(SegmentedText words) {
        this.text = words.text();
        this.words = words;
    }

    /** Returns the quantities between {@code from} and {@code to} of the segmented text, in order. */
    static List<Reading> read(SegmentedText words, int from, int to) {
        QuantityReader reader = new QuantityReader(words);
        int at = from;
        while (at < to) {
            at = reader.readAt(at, to);
        }
        return reader.found;
    }

    /** Reads what starts at {@code at} and returns where to go on. */
    private int readAt(int at, int to) {
        char c = text.charAt(at);
        if (Digits.isDigit(c)) {
            return digits(at, to);
        }
        if (text.startsWith("百分之", at) || text.startsWith("千分之", at)) {
            return percentInWords(at, to);
        }
        if (Numerals.isNumeral(c) && c != '点') {
            return numerals(at, to);
        }
        return at + 1;
    }

    private int digits(int start, int to) {
        Digits.Number first = Digits.read(text, start);
        int skip = Digits.runEnd(text, start);
        if (first.leadingZero() || isNotAFigureBefore(start)) {
            return skip;
        }
        String value = first.value();
        int at = first.end();
        int magnitude = magnitudeBeforeARange(at);
        if (magnitude > 0) {
            // 2万到25万吨: the magnitude is written on both ends and belongs to the unit after the second.
            at += magnitude;
        }
        if (at + 1 < text.length() && RANGE_SIGNS.indexOf(text.charAt(at)) >= 0 && Digits.isDigit(text.charAt(at + 1))
                && !text.startsWith("——", at)) {
            Digits.Number second = Digits.read(text, at + 1);
            boolean more = second.end() + 1 < text.length() && RANGE_SIGNS.indexOf(text.charAt(second.end())) >= 0
                    && Digits.isDigit(text.charAt(second.end() + 1));
            if (second.leadingZero() || more) {
                return skip;
            }
            if (magnitude > 0 && !text.startsWith(text.substring(first.end(), first.end() + magnitude), second.end())) {
                return skip;
            }
            value = value + "-" + second.value();
            at = second.end();
        } else if (magnitude > 0) {
            at = first.end();
        }
        if (at < text.length() && (Character.isLetter(text.charAt(at)) && !isHan(text.charAt(at))
                || NOT_AFTER.indexOf(text.charAt(at)) >= 0)) {
            return skip;
        }
        return unit(start, at, value, to).orElse(skip);
    }

    private int percentInWords(int start, int to) {
        int at = start + 3;
        String unit = text.charAt(start) == '百' ? "%" : "‰";
        if (at < text.length() && Digits.isDigit(text.charAt(at))) {
            Digits.Number number = Digits.read(text, at);
            return accept(start, number.end(), new Quantity(number.value(), unit, Bound.EXACT), to);
        }
        int end = numeralRunEnd(at);
        Optional<BigDecimal> value = Numerals.parse(text.substring(at, end));
        if (value.isEmpty() || text.startsWith("百分之百的", start)) {
            return Math.max(end, start + 3);
        }
        return accept(start, end, new Quantity(plain(value.get()), unit, Bound.EXACT), to);
    }

    private int numerals(int start, int to) {
        int runEnd = numeralRunEnd(start);
        int coreEnd = runEnd;
        while (coreEnd > start && (text.charAt(coreEnd - 1) == '万' || text.charAt(coreEnd - 1) == '亿')) {
            coreEnd--;
        }
        String core = text.substring(start, coreEnd);
        boolean more = coreEnd < text.length() && "余多".indexOf(text.charAt(coreEnd)) >= 0 && coreEnd == runEnd;
        boolean bare = core.chars().noneMatch(c -> Numerals.isDigit((char) c));
        boolean rangeFollows = runEnd < text.length() && "到至".indexOf(text.charAt(runEnd)) >= 0;
        boolean loneOne = text.substring(start, runEnd).equals("一") && !rangeFollows;
        if (core.isEmpty() || loneOne || bare && !more && !core.equals("十")
                || start > 0 && VAGUE_BEFORE.indexOf(text.charAt(start - 1)) >= 0
                || !words.isBoundary(start) || isInAQuotedName(start)) {
            return runEnd;
        }
        Optional<String> neighbours = Numerals.neighbours(core);
        if (neighbours.isPresent() && coreEnd == runEnd) {
            return unit(start, coreEnd, neighbours.get(), to).orElse(runEnd);
        }
        Optional<BigDecimal> value = Numerals.parse(core);
        if (value.isEmpty() || TERMS.stream().anyMatch(term -> text.startsWith(term, start))) {
            return runEnd;
        }
        if (coreEnd == runEnd && coreEnd + 1 < text.length() && "到至".indexOf(text.charAt(coreEnd)) >= 0) {
            Optional<Integer> range = numeralRange(start, coreEnd, plain(value.get()), to);
            if (range.isPresent()) {
                return range.get();
            }
        }
        return unit(start, coreEnd, plain(value.get()), to).orElse(runEnd);
    }

    /**
     * Returns the length of the magnitude (万, 亿, 千万…) after a number ending at {@code at} when a
     * range sign and a digit follow it (2万到25万吨), else 0.
     */
    private int magnitudeBeforeARange(int at) {
        for (String magnitude : List.of("千万", "百万", "万", "亿")) {
            int after = at + magnitude.length();
            if (text.startsWith(magnitude, at) && after + 1 < text.length()
                    && RANGE_SIGNS.indexOf(text.charAt(after)) >= 0 && Digits.isDigit(text.charAt(after + 1))) {
                return magnitude.length();
            }
        }
        return 0;
    }

    /** 六到八人, 一到两次: a range in Chinese numerals, where a lone 一 may begin it. */
    private Optional<Integer> numeralRange(int start, int firstEnd, String low, int to) {
        int secondEnd = numeralRunEnd(firstEnd + 1);
        Optional<BigDecimal> high = Numerals.parse(text.substring(firstEnd + 1, secondEnd));
        if (high.isEmpty()) {
            return Optional.empty();
        }
        return unit(start, secondEnd, low + "-" + plain(high.get()), to);
    }

    /** Reads 余 or 多 and the unit after a number, and accepts the quantity if it is a figure. */
    private Optional<Integer> unit(int start, int numberEnd, String value, int to) {
        int at = afterSpaces(numberEnd);
        boolean more = at < text.length() && "余多".indexOf(text.charAt(at)) >= 0;
        Optional<Units.Match> unit = Units.at(text, more ? at + 1 : at);
        if (unit.isEmpty() || !unit.get().figure()) {
            return unit.map(Units.Match::end);
        }
        int end = unit.get().end();
        if (end < text.length() && text.charAt(end) == '/' || !words.isBoundary(end) || isARank(start, unit.get())) {
            return Optional.of(end);
        }
        Qualifiers.After after = Qualifiers.after(text, end);
        Bound bound = more || unit.get().more() ? Bound.AT_LEAST
                : after.bound() != Bound.EXACT ? after.bound() : Qualifiers.before(words, start);
        return Optional.of(accept(start, after.end(), new Quantity(value, unit.get().unit(), bound), to));
    }

    /**
     * Returns where a unit may start after a number ending at {@code numberEnd}: there, or after
     * the one or two spaces some pages put between digits and their unit (6 个, 12.8 亿元).
     */
    private int afterSpaces(int numberEnd) {
        int at = numberEnd;
        while (at < text.length() && at - numberEnd < 2 && SPACES.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at > numberEnd && Digits.isDigit(text.charAt(numberEnd - 1)) && at < text.length()
                && Units.at(text, at).filter(Units.Match::figure).isPresent() ? at : numberEnd;
    }

    private int accept(int start, int end, Quantity quantity, int to) {
        if (end <= to) {
            found.add(new Reading(start, end, quantity));
        }
        return end;
    }

    /** 前3名, 前10位, 前3批: the first few of a ranking or series. */
    private boolean isARank(int start, Units.Match unit) {
        return start > 0 && text.charAt(start - 1) == '前' && RANKED.contains(unit.unit());
    }

    private boolean isNotAFigureBefore(int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return before == '第' || Character.isLetterOrDigit(before) && !isHan(before) || NOT_BEFORE.indexOf(before) >= 0;
    }

    private int numeralRunEnd(int start) {
        int at = start;
        while (at < text.length() && Numerals.isNumeral(text.charAt(at))
                && (text.charAt(at) != '点' || at + 1 < text.length() && Numerals.isDigit(text.charAt(at + 1)))) {
            at++;
        }
        return at;
    }

    /** Tells whether {@code at} lies in a short quotation, the name of a campaign such as “三张清单”. */
    private boolean isInAQuotedName(int at) {
        int open = text.lastIndexOf('“', at);
        if (open < 0 || text.lastIndexOf('”', at) > open) {
            return false;
        }
        int close = text.indexOf('”', at);
        return close > 0 && close - open - 1 <= LONGEST_QUOTED_NAME;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
