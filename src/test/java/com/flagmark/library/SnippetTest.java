package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void markedHtmlEscapesTextAndWrapsMarks() {
        Snippet snippet = new Snippet("<b>\"红旗\" & 黄旗</b>",
                List.of(new Snippet.Mark(4, 6), new Snippet.Mark(10, 12)));

        assertThat(snippet.toMarkedHtml())
                .isEqualTo("&lt;b&gt;&quot;<mark>红旗</mark>&quot; &amp; <mark>黄旗</mark>&lt;/b&gt;");
    }

    @Test
    void markedHtmlEscapesInsideAMark() {
        Snippet snippet = new Snippet("a<b", List.of(new Snippet.Mark(0, 3)));

        assertThat(snippet.toMarkedHtml()).isEqualTo("<mark>a&lt;b</mark>");
    }

    @Test
    void snippetWithoutMarksIsJustEscapedText() {
        assertThat(new Snippet("5 > 3", List.of()).toMarkedHtml()).isEqualTo("5 &gt; 3");
    }

    @Test
    void overlappingMarksAreRefused() {
        assertThatThrownBy(() -> new Snippet("红旗红旗",
                List.of(new Snippet.Mark(0, 3), new Snippet.Mark(2, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markPastTheEndIsRefused() {
        assertThatThrownBy(() -> new Snippet("旗", List.of(new Snippet.Mark(0, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
