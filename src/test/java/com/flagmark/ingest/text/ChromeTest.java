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
}
