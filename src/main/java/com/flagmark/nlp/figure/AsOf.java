package com.flagmark.nlp.figure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The date a figure holds for, as the text says it (截至2月20日) and as a date where it can be
 * told: a month and day take the article's year, or the year before where that would be after
 * the article; 月底 and 年底 are the last day; 目前 is the article's date.
 *
 * @param written the date as written: 2月20日, 2022年底, 目前
 * @param date the day, or empty where the text gives no year and the article no date
 */
public record AsOf(String written, Optional<LocalDate> date) {

    public AsOf {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(date, "date");
    }
}
