package com.flagmark.nlp.figure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers written in Chinese numerals: 两千 (2000), 十二 (12), 百 (100), 一万二千 (12000),
 * 九十八点五 (98.5). Only well-formed numbers are read, so 十四五 (the 14th five-year plan) and
 * 二〇二二 (a year written digit by digit) are not numbers.
 */
final class Numerals {

    static final String CHARACTERS = "零〇一二两三四五六七八九十百千万亿点";

    private Numerals() {
    }

    /** Tells whether {@code c} can be part of a number in Chinese numerals. */
    static boolean isNumeral(char c) {
        return CHARACTERS.indexOf(c) >= 0;
    }

    /** Tells whether {@code c} is one of the digits one to nine (两 included). */
    static boolean isDigit(char c) {
        return digit(c) > 0;
    }

    /**
     * Returns the range that two neighbouring digits write (两三 is 2-3, 七八 is 7-8, 一两 is 1-2),
     * as a value of a {@link Quantity}, or empty.
     */
    static Optional<String> neighbours(String numerals) {
        if (numerals.length() != 2) {
            return Optional.empty();
        }
        int low = digit(numerals.charAt(0));
        int high = digit(numerals.charAt(1));
        return low > 0 && high == low + 1 ? Optional.of(low + "-" + high) : Optional.empty();
    }

    /** Returns the number {@code numerals} writes, or empty if it is not a well-formed number. */
    static Optional<BigDecimal> parse(String numerals) {
        int point = numerals.indexOf('点');
        if (point < 0) {
            return integer(numerals).map(BigDecimal::valueOf);
        }
        Optional<Long> whole = integer(numerals.substring(0, point));
        StringBuilder fraction = new StringBuilder();
        for (char c : numerals.substring(point + 1).toCharArray()) {
            int digit = digit(c);
            if (digit < 0) {
                return Optional.empty();
            }
            fraction.append(digit);
        }
        if (whole.isEmpty() || fraction.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(whole.get() + "." + fraction));
    }

    private static Optional<Long> integer(String numerals) {
        long total = 0;
        long section = 0;
        int pending = -1;
        long lastMultiplier = Long.MAX_VALUE;
        boolean afterMultiplier = false;
        for (char c : numerals.toCharArray()) {
            int digit = digit(c);
            long multiplier = multiplier(c);
            if (digit == 0) {
                // 零 only stands for a skipped place, as in 一千零五.
                if (!afterMultiplier) {
                    return Optional.empty();
                }
                afterMultiplier = false;
            } else if (digit > 0) {
                if (pending >= 0) {
                    return Optional.empty();
                }
                pending = digit;
                afterMultiplier = false;
            } else if (multiplier >= 10 && multiplier <= 1000) {
                // A multiplier without a digit only opens a number: 十二, 百余.
                if (multiplier >= lastMultiplier || pending < 0 && (section > 0 || total > 0)) {
                    return Optional.empty();
                }
                section += (pending < 0 ? 1 : pending) * multiplier;
                lastMultiplier = multiplier;
                pending = -1;
                afterMultiplier = true;
            } else if (multiplier > 1000) {
                section += Math.max(pending, 0);
                if (section == 0) {
                    return Optional.empty();
                }
                total = multiplier == 100_000_000L ? (total + section) * multiplier : total + section * multiplier;
                section = 0;
                pending = -1;
                lastMultiplier = Long.MAX_VALUE;
                afterMultiplier = true;
            } else {
                return Optional.empty();
            }
        }
        total += section + Math.max(pending, 0);
        return total > 0 ? Optional.of(total) : Optional.empty();
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long multiplier(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000L;
            default -> 0;
        };
    }
}
