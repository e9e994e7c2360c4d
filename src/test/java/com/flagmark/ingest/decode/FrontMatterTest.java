package com.flagmark.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void keepsTheDateAsWrittenNotAsAUtcTimestamp() {
        FrontMatter frontMatter = FrontMatter.find("---\ntitle: \"动起来\"\ndate: 2021-12-08 10:18:31\n---\n正文").orElseThrow();

        assertThat(frontMatter.text("date")).contains("2021-12-08 10:18:31");
        assertThat(frontMatter.body()).isEqualTo("正文");
    }

    @Test
    void findsFrontMatterAfterABlankLine() {
        assertThat(FrontMatter.find("\n---\ntitle: FF\n---\n\n正文")).get()
                .extracting(found -> found.text("title").orElseThrow()).isEqualTo("FF");
    }

    @Test
    void readsMalformedYamlLineByLine() {
        FrontMatter frontMatter = FrontMatter.find("---\ntitle: \"“股王”茅台\"\ntags: [未闭合\ndate:  +0800\n---\n正文")
                .orElseThrow();

        assertThat(frontMatter.text("title")).contains("“股王”茅台");
        assertThat(frontMatter.text("date")).contains("+0800");
    }

    @Test
    void treatsAnEmptyTitleAsNone() {
        assertThat(FrontMatter.find("---\ntitle: \"\"\n---\n正文").orElseThrow().text("title")).isEmpty();
    }

    @Test
    void findsNoFrontMatterInPlainText() {
        assertThat(FrontMatter.find("标题\n---\n正文")).isEmpty();
    }

    @Test
    void tellsAPostOpeningWithFrontMatterWhateverItsYaml() {
        assertThat(FrontMatter.opens("\n---\ntitle: FF\n---\n\n正文")).isTrue();
        assertThat(FrontMatter.opens("---\ntitle: \"“股王”茅台\"\ntags: [未闭合\n---\n正文")).isTrue();
        assertThat(FrontMatter.opens("标题\n---\n正文")).isFalse();
        assertThat(FrontMatter.opens("---\ntitle: 未闭合的前言\n正文")).isFalse();
    }

    @Test
    void readsFrontMatterAfterMalformedYamlWasRead() {
        FrontMatter.find("---\ntitle: [未闭合\ntags: {a: &x [*x]}\n---\n正文");

        FrontMatter frontMatter = FrontMatter.find("---\ntitle: 约谈问责\ntags: [红旗, 黄旗]\n---\n正文").orElseThrow();
        assertThat(frontMatter.text("title")).contains("约谈问责");
        assertThat(frontMatter.list("tags")).containsExactly("红旗", "黄旗");
        assertThat(frontMatter.body()).isEqualTo("正文");
    }
}
