package com.flagmark.nlp.suggest;

import com.flagmark.nlp.region.RegionLink;
import com.flagmark.nlp.region.Resolution;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a suggestion was made, for the reviewer to judge it by.
 *
 * @param cue the cue word of the codebook that named the code: 约谈 for 措施/约谈问责, 返岗率 for
 *     成效/复工复产; empty for a region, and for a figure whose sentence names no outcome
 * @param entry the gazetteer entry a region is linked to, with the form of its name the text
 *     used; empty for other kinds and for a region left ambiguous (its candidates carry theirs)
 * @param resolvedBy the place, or the source's province, that chose among a region's candidates
 * @param figure the figure as written (3351790人), inside the suggestion's passage, for outcomes
 */
public record Evidence(Optional<String> cue, Optional<RegionLink> entry, Optional<Resolution> resolvedBy,
        Optional<Passage> figure) {

    public Evidence {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(figure, "figure");
    }
}
