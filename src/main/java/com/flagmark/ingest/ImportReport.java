package com.flagmark.ingest;

import java.util.List;

/**
 * What an import did with every file it found.
 *
 * @param articles the articles stored
 * @param duplicates the articles not stored because the library already held them
 * @param cancelled whether the import stopped early; every file it reports is wholly imported
 */
public record ImportReport(int files, int articles, int duplicates, List<FileOutcome> outcomes, boolean cancelled) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Returns the outcomes of one kind, in the order the files were found. */
    public List<FileOutcome> outcomes(FileOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).toList();
    }
}
