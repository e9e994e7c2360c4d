package com.flagmark.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyMetadataTest {

    @Test
    void readsAHeaderLineOfDateAndSource() {
        assertThat(BodyMetadata.isHeaderLine("2022-03-01 16:59:26 金华市人民政府")).isTrue();
        assertThat(BodyMetadata.isHeaderLine("发布时间：2021/6/9 来源：某某网")).isTrue();
    }

    @Test
    void aLineOfMoreThanSixtyCharactersIsNoHeaderLine() {
        String date = "2022-03-01 16:59:26";
        String source = "金华市人民政府";
        assertThat(BodyMetadata.isHeaderLine(date + " ".repeat(34) + source)).as("60 characters").isTrue();
        assertThat(BodyMetadata.isHeaderLine(date + " ".repeat(35) + source)).as("61 characters").isFalse();
    }

    @Test
    void aParagraphThatOpensWithADateIsNoHeaderLine() {
        assertThat(BodyMetadata.isHeaderLine("2022年3月1日，金华市人民政府召开常务会议，研究部署优化营商环境、推进重点项目建设等工作。")).isFalse();
    }
}
