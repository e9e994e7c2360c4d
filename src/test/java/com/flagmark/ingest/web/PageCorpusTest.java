package com.flagmark.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.decode.Decoder;
import com.flagmark.ingest.text.RawBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every real page of the shared corpus ({@code flagmark.corpus}/html) through
 * {@link PageExtractor}: each yields a headline and a body of real text free of site furniture,
 * or is reported as holding no article.
 */
@Tag("corpus")
public class PageCorpusTest {

    /** Words of site furniture that must never reach a body line. */
    public static final List<String> CHROME_MARKERS = List.of("当前位置", "您所在的位置", "现在位置", "版权所有", "Copyright",
            "All Rights Reserved", "ICP备", "公网安备", "责任编辑", "责编：", "【编辑", "返回首页", "返回顶部", "打印本页", "打印网页",
            "关闭窗口", "我要纠错", "我要反馈", "分享到", "扫一扫", "点击进入", "字号：", "免责声明", "begin-->", "end-->", "-->",
            "<!--", "<%", "%>", "上一篇", "下一篇");
    private static final int MIN_ARTICLE_CHARS = 30;
    private static final double MIN_SHARE_OF_ARTICLES = 0.95;

    static Stream<Path> pages() throws IOException {
        String corpus = System.getProperty("flagmark.corpus");
        assertThat(corpus).as("system property flagmark.corpus").isNotBlank();
        try (Stream<Path> files = Files.list(Path.of(corpus, "html"))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageYieldsACleanArticleOrNone(Path file) throws IOException {
        ExtractedPage page = extract(file);
        if (!page.hasArticle()) {
            return;
        }
        assertThat(page.title()).as("headline of %s", file.getFileName()).isPresent();
        assertThat(hanCharacters(page.body())).as("article text of %s", file.getFileName())
                .isGreaterThanOrEqualTo(MIN_ARTICLE_CHARS);
        for (RawBlock line : page.body()) {
            assertThat(line.text()).as("body line of %s", file.getFileName())
                    .doesNotContain(CHROME_MARKERS.toArray(String[]::new));
        }
        assertThat(compact(page.body().get(0).text())).as("first body line of %s", file.getFileName())
                .isNotEqualTo(compact(page.title().orElseThrow()));
    }

    @Test
    void nearlyEveryCorpusPageHoldsAnArticle() throws IOException {
        List<Path> files = pages().toList();
        long articles = 0;
        for (Path file : files) {
            articles += extract(file).hasArticle() ? 1 : 0;
        }
        assertThat((double) articles / files.size()).isGreaterThanOrEqualTo(MIN_SHARE_OF_ARTICLES);
    }

    private static ExtractedPage extract(Path file) throws IOException {
        return PageExtractor.extract(Jsoup.parse(decode(Files.readAllBytes(file))));
    }

    /** Decodes with the importer's own charset detection: valid UTF-8 first, whatever the page declares. */
    private static String decode(byte[] bytes) {
        return ((Decoder.Result.Text) Decoder.decode(bytes)).decoded().text();
    }

    private static long hanCharacters(List<RawBlock> body) {
        return body.stream().flatMapToInt(line -> line.text().codePoints())
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
