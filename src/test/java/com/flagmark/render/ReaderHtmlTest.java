package com.flagmark.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.StoryRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReaderHtmlTest {

    private static final Article ARTICLE = new Article(Optional.of("“红黄旗”<亮>评"), Optional.empty(),
            Optional.empty(), Optional.of("菏泽日报"), List.of(), Optional.of("https://example.com/a?b=1&c=\"2\""),
            List.of(new Block(BlockKind.EDITORS_NOTE, "编者按正文。"),
                    Block.paragraph("𠮷林市对三家单位<script>alert(1)</script>进行约谈。"),
                    Block.heading("项目建设")),
            StoryRef.SINGLE);

    @Test
    void thePolicyAllowsTheAppsScriptByItsHashAndNothingElse() throws Exception {
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(ReaderHtml.SCRIPT.getBytes(StandardCharsets.UTF_8)));

        Document page = Jsoup.parse(ReaderHtml.page(ARTICLE));

        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; script-src 'sha256-" + hash + "'; style-src 'unsafe-inline'; "
                        + "img-src 'none'; form-action 'none'; frame-src 'none'; base-uri 'none'");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").first().data()).isEqualTo(ReaderHtml.SCRIPT);
    }

    @Test
    void theScriptIsAsciiSoNothingRewritesItOnTheWayToTheEngine() {
        assertThat(ReaderHtml.SCRIPT.chars().allMatch(c -> c < 0x80)).isTrue();
    }

    @Test
    void theArticlesTextIsEscapedEverywhere() {
        String html = ReaderHtml.page(ARTICLE, List.of(new Highlight(1, 7, 9, "#c62828", false)), ReaderOptions.DEFAULT);

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<title>“红黄旗”&lt;亮&gt;评</title>")
                .contains("href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\"");
        assertThat(Jsoup.parse(html).select("script")).hasSize(1);
    }

    @Test
    void highlightsLeaveEveryBlocksTextAsItWas() {
        List<Highlight> highlights = List.of(new Highlight(1, 2, 12, "#c62828", false),
                new Highlight(2, 7, 9, "#1565c0", true), new Highlight(3, 8, 30, "#2e7d32", false),
                new Highlight(4, 0, 40, "#6a1b9a", false));

        Document page = Jsoup.parse(ReaderHtml.page(ARTICLE, highlights, ReaderOptions.DEFAULT));

        assertThat(page.select("[data-start]")).extracting(Element::wholeText)
                .containsExactly("编者按正文。", "𠮷林市对三家单位<script>alert(1)</script>进行约谈。", "项目建设");
        assertThat(page.select("[data-start]")).extracting(block -> block.attr("data-start"))
                .containsExactly("0", "7", "46");
        assertThat(page.select(".fm-hl").eachAttr("data-ann")).flatMap(ids -> List.of(ids.split(" ")))
                .contains("1", "2", "3", "4");
    }

    @Test
    void aRunFillsWithItsInnermostHighlightAndUnderlinesTheOthers() {
        StringBuilder html = new StringBuilder();
        Highlight outer = new Highlight(7, 0, 4, "#c62828", false);
        Highlight inner = new Highlight(3, 1, 2, "#1565c0", false);
        Highlight crossing = new Highlight(5, 1, 3, "#00ff00", false);

        HighlightMarkup.write(Segments.of("约<谈>", 0, List.of(outer, inner, crossing)), html);

        assertThat(html.toString()).isEqualTo(
                "<span class=\"fm-hl\" data-ann=\"7\" style=\"--fm-l0:198,40,40;--fm-d0:217,111,111\">约</span>"
                + "<span class=\"fm-hl fm-lines2\" data-ann=\"3 5 7\" style=\"--fm-l0:21,101,192;--fm-d0:99,152,213;"
                + "--fm-l1:0,255,0;--fm-d1:85,255,85;--fm-l2:198,40,40;--fm-d2:217,111,111\">&lt;</span>"
                + "<span class=\"fm-hl fm-lines1\" data-ann=\"5 7\" style=\"--fm-l0:0,255,0;--fm-d0:85,255,85;"
                + "--fm-l1:198,40,40;--fm-d1:217,111,111\">谈</span>"
                + "<span class=\"fm-hl\" data-ann=\"7\" style=\"--fm-l0:198,40,40;--fm-d0:217,111,111\">&gt;</span>");
    }

    @Test
    void aSuggestionIsMarkedApartFromTheAnnotationsOverTheSameText() {
        StringBuilder html = new StringBuilder();
        Highlight suggestion = new Highlight(12, 0, 2, "#8E24AA", false, true);
        Highlight annotation = new Highlight(4, 1, 2, "#c62828", false);

        HighlightMarkup.write(Segments.of("约谈", 0, List.of(suggestion, annotation)), html);

        assertThat(html.toString()).isEqualTo(
                "<span class=\"fm-sug\" data-sug=\"12\" style=\"--fm-sl:142,36,170;--fm-sd:179,109,198\">约</span>"
                + "<span class=\"fm-hl fm-sug\" data-ann=\"4\" data-sug=\"12\" style=\"--fm-l0:198,40,40;"
                + "--fm-d0:217,111,111;--fm-sl:142,36,170;--fm-sd:179,109,198\">谈</span>");
    }

    @Test
    void theSelectedSuggestionsRunsCarryItsMark() {
        StringBuilder html = new StringBuilder();

        HighlightMarkup.write(Segments.of("约谈", 0, List.of(new Highlight(12, 0, 2, "#8E24AA", true, true))), html);

        assertThat(Jsoup.parse(html.toString()).select("span").attr("class")).isEqualTo("fm-sug fm-sug-sel");
    }

    @Test
    void anAnnotationDrawnInTwoColoursIsNamedOnce() {
        StringBuilder html = new StringBuilder();

        HighlightMarkup.write(Segments.of("约谈", 0, List.of(new Highlight(4, 0, 2, "#c62828", false),
                new Highlight(4, 0, 2, "#1565c0", false))), html);

        assertThat(Jsoup.parse(html.toString()).select(".fm-hl").attr("data-ann")).isEqualTo("4");
    }

    @Test
    void theSelectedHighlightsRunsCarryTheEndsOfItsOutlineInEachBlock() {
        Document page = Jsoup.parse(ReaderHtml.page(ARTICLE, List.of(new Highlight(1, 3, 12, "#c62828", true),
                new Highlight(2, 8, 10, "#1565c0", false)), ReaderOptions.DEFAULT));

        assertThat(page.select(".fm-sel")).extracting(Element::className).containsExactly(
                "fm-hl fm-sel fm-sel-start fm-sel-end",
                "fm-hl fm-sel fm-sel-start",
                "fm-hl fm-lines1 fm-sel",
                "fm-hl fm-sel fm-sel-end");
    }

    @Test
    void theOptionsSetTheThemeAndTextSize() {
        Element dark = Jsoup.parse(ReaderHtml.page(ARTICLE, List.of(), new ReaderOptions(true, 125))).selectFirst("html");
        Element light = Jsoup.parse(ReaderHtml.page(ARTICLE, List.of(), new ReaderOptions(false, 90))).selectFirst("html");

        assertThat(dark.className()).isEqualTo("fm-dark");
        assertThat(dark.attr("style")).startsWith("--fm-zoom:1.25;");
        assertThat(light.className()).isEmpty();
        assertThat(light.attr("style")).startsWith("--fm-zoom:0.90;");
    }

    @Test
    void thePagesOwnWordsAreInTheWindowsLanguage() {
        Article untitledStory = new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.of("https://example.com/a"), List.of(new Block(BlockKind.EDITORS_NOTE, "编者按正文。")),
                new StoryRef(1, 11));
        ReaderWords english = new ReaderWords("(untitled)", "Original link", "Story {0} of {1} on this page",
                "Editor's note", "d MMM yyyy");

        Document page = Jsoup.parse(ReaderHtml.page(untitledStory, List.of(), ReaderOptions.DEFAULT.withWords(english)));

        assertThat(page.selectFirst("h1").text()).isEqualTo("(untitled)");
        assertThat(page.selectFirst(".fm-origin a").text()).isEqualTo("Original link");
        assertThat(page.selectFirst(".fm-page").text()).isEqualTo("Story 1 of 11 on this page");
        assertThat(page.selectFirst("html").attr("style")).endsWith(";--fm-note-label:\"Editor's note\"");
    }

    @Test
    void theDateIsWrittenAsTheWindowsLanguageWritesDates() {
        ArticleDate date = ArticleDate.of(LocalDateTime.of(2022, 2, 8, 9, 28));

        assertThat(ReaderWords.CHINESE.date(date)).isEqualTo("2022年2月8日 09:28");
        assertThat(new ReaderWords("", "", "", "", "d MMM yyyy").date(ArticleDate.of(LocalDate.of(2022, 2, 8))))
                .isEqualTo("8 Feb 2022");
    }

    @Test
    void withoutOtherWordsThePageSpeaksChinese() {
        Article untitled = new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.of("https://example.com/a"), List.of(Block.paragraph("正文。")), StoryRef.SINGLE);

        Document page = Jsoup.parse(ReaderHtml.page(untitled));

        assertThat(page.selectFirst("h1").text()).isEqualTo("（无标题）");
        assertThat(page.selectFirst(".fm-origin a").text()).isEqualTo("原文链接");
    }

    @Test
    void theEditorsNoteLabelIsMarkedAsNotPartOfTheText() {
        Element label = Jsoup.parse(ReaderHtml.page(ARTICLE)).selectFirst(".fm-label");

        assertThat(label.hasAttr("data-skip")).isTrue();
        assertThat(label.wholeText()).isEmpty();
    }

    @Test
    void aBylineTheHeaderRepeatsIsHiddenButKeepsItsTextAndPlace() {
        Article article = byline("记者 张 蓓 谭佃贵 通讯员 孙光辉 报道", List.of(Author.of("张蓓", "记者"),
                Author.of("谭佃贵", "记者"), Author.of("孙光辉", "通讯员")));

        Element byline = Jsoup.parse(ReaderHtml.page(article)).selectFirst(".fm-byline");

        assertThat(byline.hasClass("fm-in-header")).isTrue();
        assertThat(byline.wholeText()).isEqualTo("记者 张 蓓 谭佃贵 通讯员 孙光辉 报道");
        assertThat(byline.attr("data-start")).isEqualTo("0");
    }

    @Test
    void aBylineNamingAnEditorTheHeaderLeavesOutStays() {
        Article article = byline("记者 张蓓 责任编辑 杨倩", List.of(Author.of("张蓓", "记者"), Author.of("杨倩", "责任编辑")));

        assertThat(Jsoup.parse(ReaderHtml.page(article)).selectFirst(".fm-byline").hasClass("fm-in-header")).isFalse();
    }

    @Test
    void aBylineNamingOthersThanTheCorrectedAuthorsStays() {
        Article article = byline("记者 张蓓 报道", List.of(Author.of("王彦", null)));

        assertThat(Jsoup.parse(ReaderHtml.page(article)).selectFirst(".fm-byline").hasClass("fm-in-header")).isFalse();
    }

    @Test
    void theWarmUpPageIsAnArticlePageOfTheReadersKindDrawnInThePagesColour() {
        Document page = Jsoup.parse(ReaderHtml.warmUpPage(ReaderOptions.DEFAULT));

        assertThat(page.selectFirst("html").classNames()).containsExactly("fm-warm-up");
        assertThat(page.selectFirst("h1.fm-title").text()).isEqualTo("全市重点项目集中开工 奋战首季开门红");
        assertThat(page.select("h2.fm-heading").eachText()).containsExactly("抓项目 促投资 稳增长", "优服务 解难题 保要素");
        assertThat(page.select("p.fm-paragraph")).hasSize(5);
        assertThat(page.selectFirst("script").data()).isEqualTo(ReaderHtml.SCRIPT);
        assertThat(page.selectFirst("style").data()).contains("html.fm-warm-up body * { color: var(--fm-page) !important;");
    }

    @Test
    void theWarmUpPageKeepsTheDarkTheme() {
        Document page = Jsoup.parse(ReaderHtml.warmUpPage(new ReaderOptions(true, 100)));

        assertThat(page.selectFirst("html").classNames()).containsExactly("fm-dark", "fm-warm-up");
    }

    @Test
    void theWarmUpArticleReadsAHeadlineHeadingsAndParagraphsAndLeavesNotesOut() {
        Article article = ReaderHtml.warmUpArticle("# What this file is.\n标题\n## 小标题\n第一段。\n\n第二段。\n");

        assertThat(article.title()).contains("标题");
        assertThat(article.blocks()).containsExactly(Block.heading("小标题"), Block.paragraph("第一段。"),
                Block.paragraph("第二段。"));
    }

    private static Article byline(String byline, List<Author> credits) {
        return new Article(Optional.of("寒亭打响项目建设发令枪"), Optional.empty(), Optional.empty(), Optional.empty(), credits,
                Optional.empty(), List.of(new Block(BlockKind.BYLINE, byline), Block.paragraph("近日，寒亭区打响项目建设发令枪。")),
                StoryRef.SINGLE);
    }
}
