package com.flagmark.nlp.cue;

import com.flagmark.nlp.Tier;
import java.util.Objects;

/**
 * A measure found in an article: a cue word of a measure code, where it stands and how strongly
 * it speaks for the code.
 *
 * @param code the code's path, such as 措施/约谈问责
 * @param start the offset of the cue in the canonical text, in code points
 * @param end the offset just after it
 * @param exact the text between {@code start} and {@code end}
 * @param cue the cue word matched, the evidence
 * @param tier high for a sentence saying what was done; low for a heading or a slogan
 */
public record MeasureMention(String code, int start, int end, String exact, String cue, Tier tier) {

    public MeasureMention {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(tier, "tier");
    }
}
