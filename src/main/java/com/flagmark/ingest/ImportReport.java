package com.flagmark.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What an import did with every file it found.
 *
 * @param articles the articles stored
 * @param duplicates the articles not stored because the library already held them
 * @param cancelled whether the import stopped early; every file it reports is wholly imported
 * @param stoppedBy why the library refused to store more (the disk filled, the file is damaged),
 *        if it did: the files reported as imported before it are stored whole, the rest are not
 */
public record ImportReport(int files, int articles, int duplicates, List<FileOutcome> outcomes, boolean cancelled,
        Optional<String> stoppedBy) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
        stoppedBy = stoppedBy == null ? Optional.empty() : stoppedBy;
    }

    /** A report of an import that ran to its end, or was cancelled. */
    public ImportReport(int files, int articles, int duplicates, List<FileOutcome> outcomes, boolean cancelled) {
        this(files, articles, duplicates, outcomes, cancelled, Optional.empty());
    }

    /** Returns the outcomes of one kind, in the order the files were found. */
    public List<FileOutcome> outcomes(FileOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).toList();
    }
}
