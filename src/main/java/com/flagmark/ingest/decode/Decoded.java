package com.flagmark.ingest.decode;

import com.flagmark.model.Reason;
import java.util.Optional;

/**
 * A file's text and the charset it was read with; line ends are already {@code \n}.
 *
 * @param repairs how many broken byte sequences were read as replacement characters (U+FFFD)
 */
public record Decoded(String text, String charset, int repairs) {

    /** Text read cleanly, with nothing repaired. */
    public Decoded(String text, String charset) {
        this(text, charset, 0);
    }

    /** Returns the note an import report gives of the repair, if any was made. */
    public Optional<Reason> repairNote() {
        if (repairs == 0) {
            return Optional.empty();
        }
        return Optional.of(Reason.because(String.format("read as %s with %d broken byte %s shown as \uFFFD", charset,
                repairs, repairs == 1 ? "sequence" : "sequences"), "import.repaired", charset, repairs));
    }
}
