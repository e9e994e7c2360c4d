package com.flagmark.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"您所在的位置： 首页 > 快讯 > 公司", "现在位置： 首页 >> 东区新闻 >> 正文", "【打印本页】【关闭窗口】",
        "【我要纠错】", "分享到：", "扫一扫在手机打开当前页面", "上一篇：2019年中国产业政策与发展地理学术研讨会", "返回腾讯网首页>>",
        "本站郑重声明：所载文章、数据仅供参考，投资有风险，选择需谨慎。",
        "违法和不良信息举报电话：010-85650899 客服电话：010-85650688",
        "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "点击进入专题：聚焦香港局势", "责任编辑：杨倩_NF4425",
        "【编辑:陈海峰】", "本文为CSDN原创文章，未经允许不得转载", "中国·某省发展和改革委员会 版权所有",
        "文章 字号：大 中 小", "新闻中心 返回大众网首页", "京ICP备12345678号"})
    void recognisesFurnitureFoundOnNewsPages(String line) {
        assertThat(PageChrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"此外，《红周刊》记者还从该项目业主提供的一份举报信中了解到，长沙龙湖水晶郦城项目还存在房屋精装修没有第三方验收的问题。",
        "会议强调，要加强知识产权保护，打击侵犯版权所有人合法权益的行为，营造良好创新环境，推动高质量发展走深走实，这是当前和今后一个时期的重要任务。",
        "位置：位于城区东部", "（点击看清晰大图）", "相关路段强制分流，听从交警指挥疏导"})
    void keepsArticleText(String line) {
        assertThat(PageChrome.isChrome(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"相关新闻", "【推荐阅读】", "网友评论：", "猜你喜欢"})
    void recognisesHeadingsOfRelatedLists(String line) {
        assertThat(PageChrome.opensRelatedList(line)).isTrue();
    }
}
