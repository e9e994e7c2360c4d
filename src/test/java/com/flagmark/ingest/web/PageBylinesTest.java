package com.flagmark.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PageBylinesTest {

    private static PageBylines.Byline read(String line) {
        return PageBylines.read(line).orElseThrow(() -> new AssertionError("not read as metadata: " + line));
    }

    @Test
    void readsDateAndSourceOnOneLine() {
        PageBylines.Byline byline = read("2019-09-18 06:23 来源：山西日报 打印 分享");

        assertThat(byline.date().orElseThrow().date()).isEqualTo(ArticleDate.of(LocalDateTime.of(2019, 9, 18, 6, 23)));
        assertThat(byline.source()).contains("山西日报");
    }

    @Test
    void sourceStopsAtTheNextFieldOrLink() {
        assertThat(read("来源：当代商报 时间：2019-09-23 14:34:05 作者：李明").source()).contains("当代商报");
        assertThat(read("来源于：东区办事处").source()).contains("东区办事处");
        assertThat(read("2020年07月04日 12:10　来源：求是网参与互动").source()).contains("求是网");
        assertThat(read("来源: | 发布时间: 2018-05-17 | 浏览次数: 21").source()).isEmpty();
    }

    @Test
    void editorsAreNotAuthors() {
        PageBylines.Byline byline = read("来源：求是网 作者：陈海峰 责任编辑：陈海峰");

        assertThat(byline.authors()).containsExactly(Author.of("陈海峰", "作者"));
        assertThat(byline.editors()).containsExactly(Author.of("陈海峰", "责任编辑"));
        assertThat(read("(责编：汤诗瑶、丁涛)").editors()).containsExactly(Author.of("汤诗瑶", "责编"), Author.of("丁涛", "责编"));
        assertThat(read("责任编辑：").editors()).isEmpty();
    }

    @Test
    void readsReportersWithTheirRole() {
        assertThat(read("记者 贺梨萍 2020-06-06 10:08 来源：澎湃新闻").authors())
                .containsExactly(Author.of("贺梨萍", "记者"));
        assertThat(read("记者 陆一夫 编辑 刘晓阳 校对 李铭").authors()).containsExactly(Author.of("陆一夫", "记者"));
        assertThat(read("执笔/叨叨姐、胡一刀&李小飞刀").authors()).extracting(Author::name)
                .containsExactly("叨叨姐", "胡一刀", "李小飞刀");
    }

    @Test
    void bracketedCreditTakesTheAuthorsPostAlong() {
        assertThat(read("(作者：方敏 北京大学经济学院教授)").authors()).containsExactly(Author.of("方敏", "作者"));
        assertThat(PageBylines.read("(作者：方敏北京大学经济学院教授)")).isEmpty();
    }

    @Test
    void readsFieldsOfABarSeparatedLineWithoutColons() {
        PageBylines.Byline byline = read("发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星");

        assertThat(byline.source()).contains("CSDN");
        assertThat(byline.authors()).containsExactly(Author.of("魏星", "作者"));
        assertThat(byline.date()).isPresent();
    }

    @Test
    void namesLeftOnADatedLineAreAuthors() {
        assertThat(read("2020-06-05 20:35 叨叨姐 胡一刀 李小飞刀").authors()).extracting(Author::name)
                .containsExactly("叨叨姐", "胡一刀", "李小飞刀");
        assertThat(read("发布日期：2019-03-06 责任编辑：龙慧").date().orElseThrow().date())
                .isEqualTo(ArticleDate.of(LocalDate.of(2019, 3, 6)));
    }

    @Test
    void proseThatMentionsAReporterIsNotMetadata() {
        assertThat(PageBylines.read("记者从市发改委获悉，今年全市重点项目完成投资120亿元。")).isEmpty();
        assertThat(PageBylines.read("2019年2月27日下午，调研组一行八人到众创金融街进行实地考察调研。")).isEmpty();
        assertThat(PageBylines.read("作者最新文章")).isEmpty();
    }

    @Test
    void unknownOrOrganisationalAuthorsAreNotNames() {
        assertThat(read("作者：未知").authors()).isEmpty();
        assertThat(read("时间：2019-09-25 作者：网络整理 阅读：1644").authors()).isEmpty();
    }

    @Test
    void aForumFootersPosterIsTheAuthorAndItsDateThePosts() {
        PageBylines.Byline byline = read("本帖由 river_2008 于2008-3-5 21:14 发表 | 回复(6)");
        assertThat(byline.authors()).containsExactly(Author.of("river_2008", "作者"));
        assertThat(byline.date().orElseThrow().date().date()).isEqualTo(LocalDate.of(2008, 3, 5));
    }

    @Test
    void aSentenceAboutWhoPostedIsNoFooter() {
        assertThat(PageBylines.read("本文由县委宣传部于2008年3月5日首次发布，此后被多家媒体转载，引起了广泛关注和热烈讨论。")).isEmpty();
    }

    @Test
    void aSitesAddressAndItsFontSizeButtonsAreNotLeftOver() {
        PageBylines.Byline byline = read("SITE.EXAMPLE.COM 2005年3月1日12:12 来源：新华网 字号：大 中 小");

        assertThat(byline.date().orElseThrow().date()).isEqualTo(ArticleDate.of(LocalDateTime.of(2005, 3, 1, 12, 12)));
        assertThat(byline.source()).contains("新华网");
    }
}
