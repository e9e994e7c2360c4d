package com.flagmark.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTitleFinderTest {

    @Test
    void siteNameIsCutFromTheTitleElement() {
        assertThat(PageTitleFinder.withoutSiteName("姚明对周琦说了啥？周琦上下半场判若两人_网易新闻"))
                .isEqualTo("姚明对周琦说了啥？周琦上下半场判若两人");
        assertThat(PageTitleFinder.withoutSiteName("内蒙古45个投资亿元以上重点项目集中开工- 【阳光易购】"))
                .isEqualTo("内蒙古45个投资亿元以上重点项目集中开工");
        assertThat(PageTitleFinder.withoutSiteName("【中国稳健前行】坚定实施扩大内需战略-中新网"))
                .isEqualTo("【中国稳健前行】坚定实施扩大内需战略");
        assertThat(PageTitleFinder.withoutSiteName("女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网"))
                .isEqualTo("女儿出嫁，郑板桥画了几笔兰花当嫁妆");
    }

    @Test
    void dashesBetweenDigitsAreNotSeparators() {
        assertThat(PageTitleFinder.withoutSiteName("1-10月德清县固定资产投资结构趋稳趋优"))
                .isEqualTo("1-10月德清县固定资产投资结构趋稳趋优");
    }
}
