package com.flagmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.nlp.HanlpSegmenter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files of very many lines are passed over before they are read line by line. */
class LongFilesTest {

    private static final String ARTICLE = "全市项目建设大比拼\n\n本报讯 全市项目建设大比拼第一名亮红旗，各县区对照排名查找差距，逐项整改落实。\n";

    private final Ingester ingester = new Ingester(HanlpSegmenter.get());

    @Test
    void fourMegabytesOfOneCharacterLinesAreSkippedForTheirLineCount() {
        byte[] bytes = "字\n".repeat(4 * 1024 * 1024 / 4).getBytes(StandardCharsets.UTF_8);

        IngestResult result = ingester.read("lines.txt", bytes);

        assertThat(result).isInstanceOf(IngestResult.Skipped.class);
        assertThat(((IngestResult.Skipped) result).reason().text()).isEqualTo(
                "not an article (1,048,577 lines; an article has at most 50,000)");
    }

    @Test
    void anArticleWithBlankLinesUpToTheLimitIsRead() {
        String text = ARTICLE + "\r\n".repeat(Ingester.MAX_LINES - 5);

        assertThat(ingester.read("article.txt", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestResult.Articles.class);
    }

    @Test
    void lineEndingsOfEveryKindCountOnce() {
        String text = ARTICLE + "\r\n".repeat(Ingester.MAX_LINES / 2) + "\r".repeat(Ingester.MAX_LINES / 2);

        IngestResult result = ingester.read("article.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(((IngestResult.Skipped) result).reason().text()).startsWith("not an article (50,004 lines");
    }
}
