package com.flagmark.ingest;

import com.flagmark.model.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one file ended: imported (with the ids of its new articles, and of any of its stories the
 * library already held), a duplicate (of which articles), skipped or failed (why).
 *
 * @param file the path of the file as it was found under the imported path
 * @param reason why a file was skipped or failed; for an imported file, a note on how it was
 *     read, such as broken bytes repaired
 */
public record FileOutcome(String file, Status status, List<Long> articles, List<Long> duplicateOf,
        Optional<Reason> reason) {

    /** How a file ended. */
    public enum Status {
        IMPORTED, DUPLICATE, SKIPPED, FAILED
    }

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        articles = List.copyOf(articles);
        duplicateOf = List.copyOf(duplicateOf);
    }

    static FileOutcome imported(String file, List<Long> articles, List<Long> duplicateOf, Optional<Reason> note) {
        return new FileOutcome(file, Status.IMPORTED, articles, duplicateOf, note);
    }

    static FileOutcome duplicate(String file, List<Long> duplicateOf) {
        return new FileOutcome(file, Status.DUPLICATE, List.of(), duplicateOf, Optional.empty());
    }

    static FileOutcome skipped(String file, Reason reason) {
        return new FileOutcome(file, Status.SKIPPED, List.of(), List.of(), Optional.of(reason));
    }

    static FileOutcome failed(String file, Reason reason) {
        return new FileOutcome(file, Status.FAILED, List.of(), List.of(), Optional.of(reason));
    }
}
