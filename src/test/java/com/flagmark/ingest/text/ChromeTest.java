package com.flagmark.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"您当前的位置:首页学习正文", "返回大众日报新闻｜返回首页", "返回首页",
        "“如果发现本网站发布的资讯影响到您的版权,可以联系本站!同时欢迎来本站投稿!",
        "Copyright © 2021 某某网 All Rights Reserved", "现在位置：首页 >> 东区新闻 >> 正文",
        "（责任编辑：王五）", "【打印本页】【关闭窗口】", "begin-->", "<%@ page contentType=\"text/html\" %>"})
    void recognisesSiteChrome(String line) {
        assertThat(Chrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"济南", "保障用工谋划早",
        "会议强调，要加强知识产权保护，打击侵犯版权所有人合法权益的行为，营造良好创新环境，推动高质量发展走深走实。",
        "返岗率达98%。"})
    void keepsArticleText(String line) {
        assertThat(Chrome.isChrome(line)).isFalse();
    }

    /** One line for each whole-line pattern, each passing the cheap test that comes before it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"当前位置：首页 > 新闻", "所在位置：首页 > 通知公告", "你的位置：首页 > 要闻",
        "版权归某某日报社所有", "未经授权，禁止转载", "投稿邮箱：news@example.com", "编辑：李四", "审核：张三",
        "校对：王五", "【打印】 【关闭】", "分享到：微信 微博", "字体：大 中 小", "上一篇：全市项目建设推进会召开",
        "下一条：返岗复工有序推进", "<!-- 正文开始 -->", "免责声明：本站所载文章仅供参考。", "违法和不良信息举报电话：12377",
        "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "点击进入专题：两会", "返回网站首页>>"})
    void recognisesEveryKindOfChromeLine(String line) {
        assertThat(Chrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"上一年度，全市项目建设投资增长12%。", "编辑部将于下月开始征集投稿作品。",
        "所在村镇的道路已经全部修通。", "你们要把群众的事情放在心上。"})
    void keepsProseThatSharesTheirWords(String line) {
        assertThat(Chrome.isChrome(line)).isFalse();
    }
}
