package com.flagmark.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as its source says: a date, perhaps a time, and
 * a zone offset only where the source gives one. Nothing is invented: a source that names no
 * zone yields a local date-time.
 */
public record ArticleDate(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

    public ArticleDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(offset, "offset");
        if (offset.isPresent() && time.isEmpty()) {
            throw new IllegalArgumentException("A zone offset needs a time");
        }
        time = time.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    }

    public static ArticleDate of(LocalDate date) {
        return new ArticleDate(date, Optional.empty(), Optional.empty());
    }

    public static ArticleDate of(LocalDateTime dateTime) {
        return new ArticleDate(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()), Optional.empty());
    }

    public static ArticleDate of(OffsetDateTime dateTime) {
        return new ArticleDate(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()),
                Optional.of(dateTime.getOffset()));
    }

    /**
     * Returns the ISO 8601 form: {@code 2022-02-08T09:28:12+08:00} with a zone,
     * {@code 2021-12-08T10:18:31} without one, {@code 2023-02-14} where no time is known.
     */
    public String iso() {
        if (time.isEmpty()) {
            return date.toString();
        }
        LocalDateTime local = LocalDateTime.of(date, time.get());
        String text = local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return offset.map(zone -> text + zone.getId().replace("Z", "+00:00")).orElse(text);
    }

    /** Reads the form {@link #iso()} writes; empty if the text is not one of those forms. */
    public static Optional<ArticleDate> parseIso(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                return Optional.of(of(LocalDate.parse(text)));
            }
            if (text.length() == 19) {
                return Optional.of(of(LocalDateTime.parse(text)));
            }
            return Optional.of(of(OffsetDateTime.parse(text)));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
