package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.SuggestionRejection;
import com.flagmark.model.SuggestionRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a suggestion stands, worked out from plain values: rejections found again by quote, rules. */
class SuggestionStatusesTest {

    private static final String BEFORE = "会议要求，对进度滞后的单位进行约谈。";
    /** The same story cleaned anew: an editor's note now stands before it, so every offset moved. */
    private static final String AFTER = "编者按：本报记者跟踪报道。\n会议要求，对进度滞后的单位进行约谈。";

    @Test
    void aRejectionIsFoundAgainByItsQuoteInATextCleanedAnew() {
        int start = BEFORE.indexOf("约谈");
        SuggestionRejection rejection = new SuggestionRejection(1, 1, "f", Anchors.of(BEFORE, start, start + 2),
                "措施/约谈问责", Instant.EPOCH);
        SuggestionStatuses statuses = new SuggestionStatuses(AFTER, List.of(), List.of(rejection), List.of(),
                new Codebook(List.of()));
        int moved = AFTER.indexOf("约谈");

        assertThat(statuses.of(suggestion(moved, "约谈", "措施/约谈问责"))).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(statuses.of(suggestion(moved, "约谈", "措施/考核排名"))).isEqualTo(SuggestionStatus.OPEN);
    }

    @Test
    void aRuleCoversTheCodesBelowItsCodeButNotOtherText() {
        SuggestionRule rule = new SuggestionRule(1, "合作", "地区", Instant.EPOCH);
        SuggestionStatuses statuses = new SuggestionStatuses("合作共赢，合肥合作。", List.of(), List.of(), List.of(rule),
                new Codebook(List.of()));

        assertThat(statuses.of(suggestion(0, "合作", "地区"))).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(statuses.of(suggestion(0, "合作", "地区/县"))).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(statuses.of(suggestion(5, "合肥", "地区"))).isEqualTo(SuggestionStatus.OPEN);
    }

    private static CodeSuggestion suggestion(int start, String exact, String code) {
        return new CodeSuggestion(7, 1, start, start + exact.length(), exact, code, Map.of(), Map.of(),
                CodeSuggestion.Tier.HIGH, List.of(), false);
    }
}
