package com.flagmark.library;

import com.flagmark.model.Reason;
import java.time.Duration;
import java.util.List;

/**
 * What a check of a library found.
 *
 * @param full whether it was the full check (every page and index of the file, and the search
 *        index) or the quick one (the file's structure only)
 * @param fileProblems what SQLite's check found wrong in the library file, at most a few dozen,
 *        each on one line
 * @param indexProblems what the check of the search index found wrong; empty for a quick check
 * @param took how long the check took
 */
public record CheckReport(boolean full, List<Reason> fileProblems, List<Reason> indexProblems, Duration took) {

    public CheckReport {
        fileProblems = List.copyOf(fileProblems);
        indexProblems = List.copyOf(indexProblems);
    }

    /** Tells whether nothing was found wrong. */
    public boolean sound() {
        return fileProblems.isEmpty() && indexProblems.isEmpty();
    }

    /** Tells whether the library file itself is damaged (a damaged search index is only rebuilt). */
    public boolean fileDamaged() {
        return !fileProblems.isEmpty();
    }
}
