package com.flagmark.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void tellsFormatsByContentWhateverTheExtension() {
        assertThat(Format.detect("---\ntitle: 标题\n---\n<p>正文</p>", "post.txt")).isEqualTo(Format.FRONT_MATTER);
        assertThat(Format.detect("<%@ page %>\n<html><body><p>正文</p></body></html>", "page.jsp"))
                .isEqualTo(Format.HTML_PAGE);
        assertThat(Format.detect("<p>一</p><p>二</p><p>三</p>", "fragment.txt")).isEqualTo(Format.HTML_FRAGMENT);
        assertThat(Format.detect("标题\n\n正文。", "page.html")).isEqualTo(Format.PLAIN_TEXT);
    }

    @Test
    void readsMarkdownOnlyWhereTheExtensionSaysSo() {
        assertThat(Format.detect("# 标题\n\n正文。", "note.md")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.detect("# 标题\n\n正文。", "note.txt")).isEqualTo(Format.PLAIN_TEXT);
    }

    @Test
    void aTextWithAngleBracketsAndFewerThanThreeTagsIsNotHtml() {
        assertThat(Format.detect("# 标题\n\n增速<5%，<br>见下。", "note.md")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.detect("增速<5%。\n<p>一</p>", "page.txt")).isEqualTo(Format.PLAIN_TEXT);
    }
}
