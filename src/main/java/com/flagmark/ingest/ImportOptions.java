package com.flagmark.ingest;

import com.flagmark.model.FlagmarkException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user says of the files of one import: the paper and the date of those that do not
 * say them themselves, such as the stories of one day's e-paper page. A file's own date and a
 * paper its text names come first, then what its and its folders' names say, then these.
 *
 * @param source the paper, such as 潍坊日报, for articles that name none or only "本报"
 * @param date the date of publication for articles that give none
 */
public record ImportOptions(Optional<String> source, Optional<LocalDate> date) {

    /** No options: only the files and their names speak. */
    public static final ImportOptions NONE = new ImportOptions(Optional.empty(), Optional.empty());

    public ImportOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        source = source.map(String::strip).filter(name -> !name.isEmpty());
        if (source.isPresent() && source.get().contains("\n")) {
            throw new FlagmarkException("The paper's name must be one line.");
        }
    }
}
