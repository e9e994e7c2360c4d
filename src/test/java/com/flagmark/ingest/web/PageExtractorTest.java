package com.flagmark.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.flagmark.ingest.text.RawBlock.Hint;
import com.flagmark.ingest.text.RawBlock;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Small pages, each modelled on a quirk met in real news and government pages, run through
 * {@link PageExtractor}.
 */
class PageExtractorTest {

    private static final String NAV = """
            <div class="nav"><a href="/">首页</a> | <a href="/a">要闻</a> | <a href="/b">政务</a> | <a href="/c">服务</a>
            | <a href="/d">互动</a> | <a href="/e">数据</a> | <a href="/f">省情</a></div>
            """;

    private static final String FOOTER = """
            <div class="footer"><p><a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p>
            <p>版权所有：某某市人民政府办公室 Copyright © 2019 All Rights Reserved 备案号：京ICP备12345678号</p></div>
            """;

    private static ExtractedPage extract(String html) {
        return PageExtractor.extract(Jsoup.parse(html));
    }

    private static List<String> texts(ExtractedPage page) {
        return page.body().stream().map(RawBlock::text).toList();
    }

    @Test
    void articleIsTheProseNotTheLongerLinkLists() {
        String links = "<ul class=\"list\">" + "<li><a href=\"/n\">某地召开重点项目推进会议部署下一阶段工作任务</a></li>".repeat(30)
                + "</ul>";
        ExtractedPage page = extract("<html><body>" + NAV + "<div class=\"left\">" + links + "</div>"
                + "<div class=\"right\"><p>3月1日，全市重点项目集中开工，总投资120亿元。</p>"
                + "<p>市长在开工仪式上说，要抓进度、保质量，确保项目早日建成投产。</p></div>" + FOOTER + "</body></html>");

        assertThat(texts(page)).containsExactly("3月1日，全市重点项目集中开工，总投资120亿元。",
                "市长在开工仪式上说，要抓进度、保质量，确保项目早日建成投产。");
    }

    @Test
    void breadcrumbPrintAndCloseButtonsAndEditorStayOutOfTheBody() {
        ExtractedPage page = extract("""
                <html><head><title>街道调研众创金融街 东区办事处_中山网</title></head><body><table><tr><td>
                <table><tr><td>&nbsp;　现在位置： <a href="/">首页</a> &gt;&gt; <a href="/l">东区新闻</a> &gt;&gt; 正文</td></tr></table>
                <div align="center"><span class="Title"><b>街道调研众创金融街</b></span><br>
                <font color="#C30000">　来源于：<!-- 文章来源 begin -->东区办事处<!-- 文章来源 end --></font></div>
                <table><tr><td><!-- 文章正文 begin --><p>2019年2月27日下午，调研组一行八人到众创金融街进行实地考察调研，区领导陪同。</p>
                <p>调研组走访了入驻企业，观看了宣传片，并围绕金融街发展工作展开座谈。</p><!-- 文章正文 end --></td></tr>
                <tr><td align="center"><font>发布日期：<!-- 发布日期 begin -->2019-03-06<!-- 发布日期 end -->
                责任编辑：<!-- 文章编辑 begin -->龙慧<!-- 文章编辑 end --></font></td></tr>
                <tr><td class="QuickButton">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
                </table></td></tr></table></body></html>
                """);

        assertThat(page.title()).contains("街道调研众创金融街");
        assertThat(page.source()).contains("东区办事处");
        assertThat(page.date()).contains(ArticleDate.of(LocalDate.of(2019, 3, 6)));
        assertThat(page.credits()).containsExactly(Author.of("龙慧", "责任编辑"));
        assertThat(texts(page)).containsExactly(
                "2019年2月27日下午，调研组一行八人到众创金融街进行实地考察调研，区领导陪同。",
                "调研组走访了入驻企业，观看了宣传片，并围绕金融街发展工作展开座谈。");
    }

    @Test
    void datePrintedTwiceIsTakenInItsPreciseForm() {
        ExtractedPage page = extract("""
                <html><head><title>坚定实施扩大内需战略-中新网</title></head><body>
                <div class="content"><h1>坚定实施扩大内需战略</h1>
                <div id="BaiduSpider" style="display:none"><span id="pubtime_baidu">2020-07-04 12:10:24</span>
                <span id="source_baidu">来源：<a href="">求是网</a></span></div>
                <div class="left-time"><div class="left-t">2020年07月04日 12:10　来源：求是网<a href="#zw"><img src="i.jpg">参与互动</a></div></div>
                <div class="left_zw"><p>　　内需包括国内的消费需求和投资需求，是中国经济的基本盘。</p>
                <p>　　扩大内需必须靠政策助力，要把各项政策举措抓实抓细抓落地。</p></div></div></body></html>
                """);

        assertThat(page.date()).contains(ArticleDate.of(LocalDateTime.of(2020, 7, 4, 12, 10, 24)));
        assertThat(page.source()).contains("求是网");
        assertThat(texts(page)).hasSize(2);
    }

    @Test
    void editorNamedAsAuthorIsCreditedAsEditorOnly() {
        ExtractedPage page = extract("""
                <html><body><h1>坚定实施扩大内需战略</h1>
                <div class="info">来源：求是网 作者：陈海峰 责任编辑：陈海峰</div>
                <div class="left_zw"><p>内需包括国内的消费需求和投资需求，是中国经济的基本盘。</p>
                <p>扩大内需必须靠政策助力，要把各项政策举措抓实抓细抓落地。</p>
                <div class="adEditor"><span>【编辑:陈海峰】</span></div></div></body></html>
                """);

        assertThat(page.credits()).containsExactly(Author.of("陈海峰", "责任编辑"));
        assertThat(texts(page)).noneMatch(line -> line.contains("陈海峰"));
    }

    @Test
    void headlineIsFoundInTheMarkupWhenTheTitleElementIsEmpty() {
        ExtractedPage page = extract("""
                <html><head><title></title></head><body><div id="main"><div class="logo"><img src="logo.png"></div>
                <div class="newst">2021产业投资推介会在武汉举行！</div>
                <div class="newsd"> 发稿时间：2021/6/9 <span>【 字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> 】</span></div>
                <div class="newsc"><p><br></p><p><span>6月6日，产业投资推介会在武汉举行，吸引了近两百名客商代表参加。</span></p>
                <p style="text-align:center;"><img src="a.jpg"></p><p style="text-align:center;"><span>活动现场&nbsp;&nbsp;</span></p>
                <p><span>推介会由副市长主持，共签约33个项目，签约金额达175.65亿元。</span></p></div></div></body></html>
                """);

        assertThat(page.title()).contains("2021产业投资推介会在武汉举行！");
        assertThat(page.date()).contains(ArticleDate.of(LocalDate.of(2021, 6, 9)));
        assertThat(page.body()).containsExactly(
                RawBlock.plain("6月6日，产业投资推介会在武汉举行，吸引了近两百名客商代表参加。"),
                new RawBlock("活动现场", Hint.CAPTION),
                RawBlock.plain("推介会由副市长主持，共签约33个项目，签约金额达175.65亿元。"));
    }

    @Test
    void jspDirectivesAndTagsLeaveNoTrace() {
        ExtractedPage page = extract("""
                <%@ page pageEncoding="UTF-8"%>\r
                <%@ include file="/common/taglibs.jsp"%>
                <html><head><title>内蒙古重点项目集中开工- 【阳光易购】</title>\r
                <c:import url="/common/init.jsp"><c:param name="isLastLoadPage">true</c:param></c:import></head>
                <body><div class="header"><%@ include file="/include/header.jsp" %></div>
                <div id="conBody"><div class="frameNews"><h1>内蒙古重点项目集中开工</h1>
                <div class="source"><span>发布时间：2011-04-25</span>\r
                <span>发布人：-  </span></div>
                <p><p>4月23日，兴安盟重点项目集中开工，总投资936亿元。</p>\r
                <p>这批重点项目的开工建设，标志着推进工业化迈出实质性步伐。</p></p></div></div>
                <div class="footer"><%@ include file="/include/foot.jsp" %></div></body></html>
                """);

        assertThat(page.title()).contains("内蒙古重点项目集中开工");
        assertThat(page.date()).contains(ArticleDate.of(LocalDate.of(2011, 4, 25)));
        assertThat(page.source()).isEmpty();
        assertThat(texts(page)).containsExactly("4月23日，兴安盟重点项目集中开工，总投资936亿元。",
                "这批重点项目的开工建设，标志着推进工业化迈出实质性步伐。");
    }

    @Test
    void cmsCommentFragmentsLeakingIntoTextAreRemoved() {
        ExtractedPage page = extract("""
                <html><body><div class="con"><p class="con-title">投资结构趋稳趋优</p>
                <div class="small-title"><span>发布日期：2016-11-22</span><span>信息来源：省发改委</span></div>
                <div id="zoom">ZJEG_RSS.content.begin--><p>　　1-10月，全县固定资产投资完成246.79亿元，同比增长15.3%。</p>
                <p>　　项目投资完成220.53亿元，占全部投资的89.4%，投资结构趋稳趋优。</p>end--></div>
                <div class="main-word"><span class="jiucuo">【我要纠错】</span><span class="printer">打印</span></div>
                </div></body></html>
                """);

        assertThat(texts(page)).containsExactly("1-10月，全县固定资产投资完成246.79亿元，同比增长15.3%。",
                "项目投资完成220.53亿元，占全部投资的89.4%，投资结构趋稳趋优。");
        assertThat(page.source()).contains("省发改委");
    }

    @Test
    void subtitleCaptionAndTrailingReporterAreRead() {
        ExtractedPage page = extract("""
                <html><body><ul class="breadcrumb"><li><a href="/">首页</a><span>&gt;</span><a href="/y">要闻</a></li></ul>
                <div class="detail"><div class="detail-article-title"><h2>山西品牌丝路行正式启动</h2>
                <h3>成功举办双向经贸投资推介会</h3></div>
                <ul class="detail-article-infos"><li><span><i>时间：</i>2019-09-18 06:23</span>
                <span><i>来源：</i>山西日报</span><span class="article-share">分享</span></li></ul>
                <div class="article-body"><div class="TRS_Editor"><div style="text-align: center;"><img src="p.jpg"></div>
                <div style="text-align: center;"><b><font color="#0000ff">图为推介会启动仪式。（刘通摄）</font></b></div>
                <div>　　当地时间9月16日下午，山西品牌丝路行活动在圣保罗正式启动，并举办投资推介会。</div>
                <div>　　南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）</div></div></div>
                <div class="article-edit">责任编辑：</div>
                <div class="page-box"><dt>扫一扫在手机打开当前页面</dt></div></div></body></html>
                """);

        assertThat(page.title()).contains("山西品牌丝路行正式启动");
        assertThat(page.date()).contains(ArticleDate.of(LocalDateTime.of(2019, 9, 18, 6, 23)));
        assertThat(page.source()).contains("山西日报");
        assertThat(page.credits()).containsExactly(Author.of("张巨峰", null));
        assertThat(page.body()).containsExactly(new RawBlock("成功举办双向经贸投资推介会", Hint.HEADING),
                new RawBlock("图为推介会启动仪式。（刘通摄）", Hint.CAPTION),
                RawBlock.plain("当地时间9月16日下午，山西品牌丝路行活动在圣保罗正式启动，并举办投资推介会。"),
                RawBlock.plain("南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）"));
    }

    @Test
    void captionSharingACentredParagraphWithItsImageIsACaption() {
        ExtractedPage page = extract("""
                <html><body><div class="post_body"><p>9月7日，市民杨某途经一写字楼时，险些被一个从天而降的纸团砸中。</p>
                <p class="f_center"><img alt="纸团" src="a.jpeg">“救命啊SOS”纸团。警方供图</p>
                <p>民警向杨某详细了解了事情的经过，并打开纸团查看纸上的字迹。</p></div></body></html>
                """);

        assertThat(page.body()).containsExactly(
                RawBlock.plain("9月7日，市民杨某途经一写字楼时，险些被一个从天而降的纸团砸中。"),
                new RawBlock("“救命啊SOS”纸团。警方供图", Hint.CAPTION),
                RawBlock.plain("民警向杨某详细了解了事情的经过，并打开纸团查看纸上的字迹。"));
    }

    @Test
    void paragraphBelowAnImageInAPageWrappedInCenterIsNoCaption() {
        ExtractedPage page = extract("""
                <html><body><center><table><tr><td><table><tr><td>
                <p>2019年2月27日下午，调研组一行到众创金融街进行实地考察调研。</p><p><img src="a.jpg"><br></p>
                <p>调研组一行走访了入驻企业，并围绕金融街发展工作展开座谈。</p></td></tr></table></td></tr></table>
                </center></body></html>
                """);

        assertThat(page.body()).extracting(RawBlock::hint).containsOnly(Hint.NONE);
    }

    @Test
    void zoneIsKeptOnlyWhereThePageWritesOne() {
        String body = "<div class=\"post_body\"><p>新京报讯，中国男篮以77比73战胜韩国队，保住进军奥运会的希望。</p>"
                + "<p>比赛中一个镜头引起了大家的注意，姚明在场边叮嘱了几句。</p></div>";
        ExtractedPage withZone = extract("<html><head><meta property=\"article:published_time\" "
                + "content=\"2019-09-07T09:59:22+08:00\"></head><body>" + body + "</body></html>");
        ExtractedPage withoutZone = extract("<html><body><div class=\"post_info\">2019-09-07 09:59:22　来源: 新京报</div>"
                + body + "</body></html>");

        assertThat(withZone.date()).contains(ArticleDate.of(
                OffsetDateTime.of(2019, 9, 7, 9, 59, 22, 0, ZoneOffset.ofHours(8))));
        assertThat(withoutZone.date()).contains(ArticleDate.of(LocalDateTime.of(2019, 9, 7, 9, 59, 22)));
        assertThat(withoutZone.source()).contains("新京报");
    }

    @Test
    void publicationDateNearTheHeadlineWinsOverDatesInTheBody() {
        ExtractedPage page = extract("""
                <html><body><h1>市领导调研重点项目</h1><div class="info">发布时间：2019-03-06 10:12</div>
                <div class="text"><p>2019年2月27日下午，市领导到重点项目现场调研，了解项目进展情况。</p>
                <p>2019年3月1日，项目已完成投资5亿元，预计年底建成投产。</p></div></body></html>
                """);

        assertThat(page.date()).contains(ArticleDate.of(LocalDateTime.of(2019, 3, 6, 10, 12)));
        assertThat(texts(page)).hasSize(2);
    }

    @Test
    void sourceStopsWhereTheNextFieldStarts() {
        ExtractedPage page = extract("""
                <html><body><h1>金融知识进万家活动启动</h1><div class="meta">来源：当代商报 时间：2019-09-23 14:34:05 作者：李明</div>
                <div class="content"><p>9月20日，金融知识普及月活动在常德启动，志愿者向市民宣传金融知识。</p>
                <p>活动中，志愿者重点为客户普及人民币、个人征信等方面的知识。</p></div></body></html>
                """);

        assertThat(page.source()).contains("当代商报");
        assertThat(page.credits()).containsExactly(Author.of("李明", "作者"));
        assertThat(page.date()).contains(ArticleDate.of(LocalDateTime.of(2019, 9, 23, 14, 34, 5)));
    }

    @Test
    void headlineRepeatedAtTheTopOfTheArticleIsDropped() {
        ExtractedPage page = extract("""
                <html><head><title>全国人大常委会关于批准发行特别国债的决议_2007年第23号国务院公报</title></head><body>
                <div id="UCAP-CONTENT" class="pages_content"><p><strong>全国人大常委会<br>关于批准发行特别国债的决议</strong></p>
                <p>（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>
                <p>　　会议听取了财政部部长的说明，决定批准财政部发行特别国债，购买外汇。</p></div></body></html>
                """);

        assertThat(page.title()).contains("全国人大常委会关于批准发行特别国债的决议");
        assertThat(texts(page)).containsExactly("（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）",
                "会议听取了财政部部长的说明，决定批准财政部发行特别国债，购买外汇。");
    }

    @Test
    void relatedListAndCommentsAfterTheArticleAreCut() {
        ExtractedPage page = extract("""
                <html><body><h1>城市更新项目加快推进</h1><div class="article">
                <p>今年以来，全市城市更新项目加快推进，已完成投资30亿元。</p>
                <p>下一步，将继续抓好项目调度，确保按期完成年度目标。</p>
                <h3>相关新闻</h3><p>老旧小区改造，居民说了算。</p>
                <h3>网友评论</h3><p>希望我们小区也能早日改造，盼了好多年了。</p></div></body></html>
                """);

        assertThat(texts(page)).containsExactly("今年以来，全市城市更新项目加快推进，已完成投资30亿元。",
                "下一步，将继续抓好项目调度，确保按期完成年度目标。");
    }

    @Test
    void linkBlocksAndFurnitureInsideTheArticleAreDropped() {
        ExtractedPage page = extract("""
                <html><body><h1>郑板桥的家风</h1><div id="rwb_zw" class="box_con">
                <p><a href="/zt"><strong>点击进入“文艺星青年”</strong><strong>&gt;&gt;</strong></a></p>
                <p>父亲的教诲像一盏灯，为我们照亮前行的路。</p><p>今年的6月16日是父亲节，让我们一起读诗。</p>
                <div class="zdfy"><a href="1.html">【1】</a><a href="2.html">【2】</a><a href="3.html">【3】</a></div>
                <div class="edit">(责编：汤诗瑶、丁涛)</div>
                <p>转型之路，道阻且长。<a href="http://www.qq.com/"><span>返回腾讯网首页&gt;&gt;</span></a></p>
                </div></body></html>
                """);

        assertThat(texts(page)).containsExactly("父亲的教诲像一盏灯，为我们照亮前行的路。", "今年的6月16日是父亲节，让我们一起读诗。",
                "转型之路，道阻且长。");
    }

    @Test
    void urlIsTheAbsoluteCanonicalAddressOnly() {
        String body = "<body><div><p>全市重点项目集中开工，总投资120亿元，涉及产业、民生等领域。</p></div></body>";
        ExtractedPage relative = extract("<html><head><link rel=\"canonical\" href=\"/news/1.html\"></head>" + body
                + "</html>");
        ExtractedPage absolute = extract("<html><head><meta property=\"og:url\" content=\"https://news.example.cn/1.html\">"
                + "</head>" + body + "</html>");

        assertThat(relative.url()).isEmpty();
        assertThat(absolute.url()).contains("https://news.example.cn/1.html");
    }

    @Test
    void listPageGivesItsHeadlinesWithoutTheirDates() {
        String items = "<li><a href=\"/n\">全市重点项目集中开工</a><span>2019-03-06</span></li>".repeat(20);
        ExtractedPage page = extract("<html><head><title>要闻 - 某某市人民政府</title></head><body>" + NAV
                + "<div class=\"list\"><ul>" + items + "</ul></div>" + FOOTER + "</body></html>");

        assertThat(page.body()).hasSize(20).allSatisfy(line -> assertThat(line.text()).isEqualTo("全市重点项目集中开工"));
    }

    @Test
    void menuOfShortWordsIsNoListOfHeadlines() {
        String items = "<li><a href=\"/n\">政务公开</a></li><li><a href=\"/m\">办事服务</a></li>".repeat(5);
        ExtractedPage page = extract("<html><body><ul>" + items + "</ul>" + FOOTER + "</body></html>");

        assertThat(page.body()).isEmpty();
    }

    @Test
    void emptyAndOddPagesHoldNoArticleAndDoNotThrow() {
        StringBuilder deep = new StringBuilder();
        deep.append("<div>".repeat(5000)).append("深").append("</div>".repeat(10));
        for (String html : List.of("", "<html></html>", "<<<>>><p", "<%@ page %>", "<table><td><tr></table></div>",
                "<frameset><frame src=\"a.html\"></frameset>", deep.toString())) {
            assertThatCode(() -> assertThat(extract(html).hasArticle()).isFalse()).as(html.length() > 40
                    ? "deeply nested page" : html).doesNotThrowAnyException();
        }
    }

    @Test
    void documentWithoutHtmlOrBodyHoldsNoArticle() {
        assertThat(PageExtractor.extract(new Document("")).hasArticle()).isFalse();
    }
}
