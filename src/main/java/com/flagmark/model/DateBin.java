package com.flagmark.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A stretch of the calendar that articles are counted by, on the source's own calendar:
 * {@code 2023-02} for a month, {@code 2023-Q1} for a quarter, {@code 2023} for a year. Labels
 * sort as text in calendar order.
 */
public enum DateBin {
    MONTH, QUARTER, YEAR;

    /** Returns the lower-case name used on the command line and in JSON, such as {@code month}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the bin with this {@link #id()}, if there is one. */
    public static Optional<DateBin> fromId(String id) {
        return Arrays.stream(values()).filter(bin -> bin.id().equals(id)).findFirst();
    }

    /** Returns the label of the bin a day falls in. */
    public String label(LocalDate day) {
        return switch (this) {
            case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", day.getYear(), (day.getMonthValue() + 2) / 3);
            case YEAR -> String.format("%04d", day.getYear());
        };
    }

    /** Returns the first day of the bin a label names. */
    public LocalDate start(String label) {
        int year = Integer.parseInt(label.substring(0, 4));
        return switch (this) {
            case MONTH -> LocalDate.of(year, Integer.parseInt(label.substring(5, 7)), 1);
            case QUARTER -> LocalDate.of(year, (label.charAt(6) - '1') * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** Returns the labels of every bin from the one {@code first} names to the one {@code last} names, in order. */
    public List<String> range(String first, String last) {
        List<String> labels = new ArrayList<>();
        LocalDate end = start(last);
        for (LocalDate day = start(first); !day.isAfter(end); day = next(day)) {
            labels.add(label(day));
        }
        return labels;
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }
}
