package com.flagmark.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.model.Anchor;
import com.flagmark.model.FlagmarkException;
import org.junit.jupiter.api.Test;

class AnchorsTest {

    /** 𠮷 (U+20BB7) is one code point and two Java chars. */
    private static final String TEXT = "𠮷野家门店开业。\n对后进的亮黄旗，市领导进行约谈；返岗率达98%。";

    @Test
    void countsCodePointsNotJavaChars() {
        Anchor anchor = Anchors.of(TEXT, 1, 3);

        assertThat(anchor.exact()).isEqualTo("野家");
        assertThat(anchor.prefix()).isEqualTo("𠮷");
        assertThat(Anchors.of(TEXT, 0, 1).exact()).isEqualTo("𠮷");
    }

    @Test
    void keepsThirtyTwoCodePointsOfContextOnEachSide() {
        String text = "甲".repeat(40) + "约谈" + "乙".repeat(40);

        Anchor anchor = Anchors.of(text, 40, 42);

        assertThat(anchor.prefix()).isEqualTo("甲".repeat(32));
        assertThat(anchor.suffix()).isEqualTo("乙".repeat(32));
    }

    @Test
    void spansTheLineFeedBetweenBlocks() {
        int start = TEXT.codePointCount(0, TEXT.indexOf("开业"));
        int end = TEXT.codePointCount(0, TEXT.indexOf("后进"));

        assertThat(Anchors.of(TEXT, start, end).exact()).isEqualTo("开业。\n对");
    }

    @Test
    void refusesEmptyOutOfRangeAndWhitespaceSpans() {
        assertThatThrownBy(() -> Anchors.of(TEXT, 3, 3)).isInstanceOf(FlagmarkException.class);
        assertThatThrownBy(() -> Anchors.of(TEXT, 0, 1000)).isInstanceOf(FlagmarkException.class)
                .hasMessageContaining("0–1000");
        assertThatThrownBy(() -> Anchors.of("甲 \n 乙", 1, 4)).isInstanceOf(FlagmarkException.class)
                .hasMessageContaining("white space");
    }

    @Test
    void trimsWhiteSpaceOffASelectionAndDropsOneOfWhiteSpaceOnly() {
        String text = "标题\n 正文 \n";

        assertThat(Anchors.trimmed(text, 2, 7)).contains(new Span(4, 6));
        assertThat(Anchors.trimmed(text, 2, 4)).isEmpty();
        assertThat(Anchors.trimmed(text, 6, 4)).contains(new Span(4, 6));
    }
}
