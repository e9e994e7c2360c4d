package com.flagmark.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's statement of one piece of an article's metadata, which stands over what the cleaner
 * read. An empty value says the article has none (a source of "本报" that names no paper).
 *
 * @param value the corrected value: a title, an ISO 8601 date as {@link ArticleDate#iso()}
 *     writes it, a source, a URL, or the authors' names one per line
 * @param origin how the user stated it
 */
public record Correction(MetadataField field, Optional<String> value, Origin origin) {

    /** How a user stated a value: by hand, as an option of the import, or in a file's or folder's name. */
    public enum Origin {
        USER("user"), OPTION("option"), NAME("name");

        private final String id;

        Origin(String id) {
            this.id = id;
        }

        /** Returns the stable name the library stores: {@code user}, {@code option}, {@code name}. */
        public String id() {
            return id;
        }

        /** Returns the origin with this stable name; a name not known is taken as by hand. */
        public static Origin fromId(String id) {
            return Arrays.stream(values()).filter(origin -> origin.id.equals(id)).findFirst().orElse(USER);
        }
    }

    public Correction {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        value = value.map(String::strip).filter(text -> !text.isEmpty());
        if (field == MetadataField.DATE && value.isPresent() && ArticleDate.parseIso(value.get()).isEmpty()) {
            throw new FlagmarkException("\"" + value.get() + "\" is not a date: write it as 2023-02-07"
                    + " (or 2023-02-07T09:30:00).");
        }
        if (field != MetadataField.AUTHORS && value.isPresent() && value.get().contains("\n")) {
            throw new FlagmarkException("The " + field.id() + " must be one line.");
        }
    }

    /** Returns a correction of the authors to these names, in this order; none clears them. */
    public static Correction authors(List<String> names) {
        List<String> kept = names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        return new Correction(MetadataField.AUTHORS, kept.isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n", kept)), Origin.USER);
    }

    /** Returns a correction by hand of a one-line field; a blank value clears it. */
    public static Correction of(MetadataField field, String value) {
        return new Correction(field, Optional.ofNullable(value), Origin.USER);
    }

    /** Returns the corrected authors' names, for a correction of the authors. */
    public List<String> names() {
        return value.map(text -> List.of(text.split("\n"))).orElse(List.of());
    }
}
