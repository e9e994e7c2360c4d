package com.flagmark.nlp.figure;

import com.flagmark.nlp.Tier;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure found in an article, with the outcome code its clause names.
 *
 * @param start the offset in the canonical text, in code points, where the figure's passage
 *     starts: its indicator, or its number where the indicator follows (3351790人——这是…)
 * @param end the offset just after the passage
 * @param exact the text between {@code start} and {@code end}
 * @param figureStart the offset of the figure's number, in code points: 98 of 返岗率达98%
 * @param figureEnd the offset just after its unit and the words that bound it (以上, 左右)
 * @param code the outcome code's path (成效/复工复产), empty where nothing says which
 * @param cue the cue word that gave the code, the evidence
 * @param tier high where a cue word of the code stands with the figure in its clause; low
 *     otherwise, when the code, if any, comes from elsewhere in the sentence or paragraph
 */
public record FigureMention(int start, int end, String exact, int figureStart, int figureEnd, Figure figure, Optional<String> code,
        Optional<String> cue, Tier tier) {

    public FigureMention {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(tier, "tier");
    }
}
