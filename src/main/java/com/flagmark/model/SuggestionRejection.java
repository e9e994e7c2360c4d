package com.flagmark.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A suggestion a reviewer rejected, kept so that it is never suggested again: the article by its
 * id and by the {@link Fingerprint} of its text (so the rejection finds the article again when
 * the same text is imported anew), the passage as an anchor (so it is found again by its quote
 * in a text cleaned anew), and the code.
 *
 * @param code the rejected code's path, such as 地区 or 措施/约谈问责
 */
public record SuggestionRejection(long id, long articleId, String fingerprint, Anchor anchor, String code,
        Instant created) {

    public SuggestionRejection {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(created, "created");
    }
}
