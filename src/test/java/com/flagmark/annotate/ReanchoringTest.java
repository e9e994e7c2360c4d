package com.flagmark.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Anchor;
import com.flagmark.model.CanonicalText;
import org.junit.jupiter.api.Test;

class ReanchoringTest {

    private static final String OLD = "威海将实施招商引资行动。对先进的颁发红旗，对后进的亮黄旗。";

    @Test
    void keepsAnAnchorWhoseQuoteStillStandsAtItsOffsets() {
        Anchor anchor = Anchors.of(OLD, 17, 19);

        assertThat(Reanchoring.find(anchor, OLD)).contains(anchor);
    }

    @Test
    void followsTheQuoteWhenACleanerChangesTheTextBeforeIt() {
        Anchor anchor = Anchors.of(OLD, OLD.indexOf("红旗"), OLD.indexOf("红旗") + 2);
        String recleaned = "■编者按 新一年开局。\n" + OLD;

        Anchor moved = Reanchoring.find(anchor, recleaned).orElseThrow();

        assertThat(moved.exact()).isEqualTo("红旗");
        assertThat(CanonicalText.slice(recleaned, moved.start(), moved.end())).isEqualTo("红旗");
        assertThat(moved.start()).isEqualTo(anchor.start() + "■编者按 新一年开局。\n".length());
    }

    @Test
    void choosesTheOccurrenceWhoseContextMatches() {
        String text = "甲地颁发红旗。乙地对后进的亮黄旗，对先进的颁发红旗。";
        Anchor second = Anchors.of(text, text.lastIndexOf("红旗"), text.lastIndexOf("红旗") + 2);
        String shifted = "前言。" + text;

        assertThat(Reanchoring.find(second, shifted).orElseThrow().start()).isEqualTo(shifted.lastIndexOf("红旗"));
    }

    @Test
    void countsCodePointsWhenTheTextHoldsCharactersBeyondTheBmp() {
        String text = "𠮷野家：返岗率达98%。";
        Anchor anchor = Anchors.of(text, 4, 7);
        String shifted = "𠮷𠮷" + text;

        Anchor moved = Reanchoring.find(anchor, shifted).orElseThrow();

        assertThat(moved.start()).isEqualTo(6);
        assertThat(moved.exact()).isEqualTo("返岗率");
    }

    @Test
    void findsNothingWhenTheQuoteIsGone() {
        Anchor anchor = Anchors.of(OLD, 17, 19);

        assertThat(Reanchoring.find(anchor, "全文已改写。")).isEmpty();
    }
}
