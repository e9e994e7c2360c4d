package com.flagmark.nlp.figure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure's amount as written: 9.2亿元 is value 9.2 in 亿元, 2.5万人 value 2.5 in 万人 (never
 * multiplied out). Digits are given in ASCII without thousands separators; Chinese numerals as
 * digits (两千余人 is 2000 in 人, at least); a range as {@code low-high} (2至3个 is {@code 2-3}).
 *
 * @param value the number, or a range of two
 * @param unit the unit with its magnitude: 人, 万人, 亿元, %, 个百分点
 */
public record Quantity(String value, String unit, Bound bound) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bound, "bound");
        if (!value.matches("\\d+(\\.\\d+)?(-\\d+(\\.\\d+)?)?")) {
            throw new IllegalArgumentException("A value is a number or a range of two: " + value);
        }
    }

    /** Returns an exact quantity. */
    public static Quantity of(String value, String unit) {
        return new Quantity(value, unit, Bound.EXACT);
    }

    /** Tells whether the value is a range. */
    public boolean isRange() {
        return value.indexOf('-') > 0;
    }

    /** Returns the value, or the low end of a range. */
    public BigDecimal low() {
        return new BigDecimal(isRange() ? value.substring(0, value.indexOf('-')) : value);
    }

    /** Returns the value, or the high end of a range. */
    public BigDecimal high() {
        return new BigDecimal(isRange() ? value.substring(value.indexOf('-') + 1) : value);
    }
}
