package com.flagmark.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines of site chrome that reach an article's text: breadcrumbs, "return to"
 * links, copyright and contribution notices, print and share buttons, the editor in charge.
 * Patterns match a whole line; body text that merely mentions a word such as 版权 is kept.
 */
public final class Chrome {

    /** Lines that are chrome wherever they stand. */
    private static final List<Pattern> LINES = List.of(
            // Breadcrumbs: "您当前的位置:首页学习正文", "当前位置：首页 > 新闻", "现在位置：首页 >> 东区新闻 >> 正文"
            Pattern.compile("^(您当前的位置|您的位置|你的位置|当前位置|现在位置|所在位置|您现在的位置是?)\\s*[:：].{0,80}$"),
            // "[返回大众日报新闻](…)｜[返回首页](…)" after Markdown: "返回大众日报新闻｜返回首页"
            Pattern.compile("^(返回[^｜|]{0,20}?(新闻|首页|列表|顶部|上页|目录)\\s*[｜|/]?\\s*)+$"),
            Pattern.compile("^.{0,30}(版权所有|版权归.{0,20}所有|Copyright|COPYRIGHT|All Rights Reserved|©)[^。]{0,30}$"),
            Pattern.compile("^.{0,10}如果发现本网站发布的资讯影响到您的版权.{0,60}$"),
            Pattern.compile("^.{0,20}(未经(授权|许可|书面许可)，?\\s*(禁止|不得|严禁)(转载|复制|使用)).{0,80}$"),
            Pattern.compile("^.{0,20}(欢迎(来本站|向本站|来)?投稿|投稿邮箱|本站投稿).{0,40}$"),
            Pattern.compile("^[（(\\[【]?\\s*(责任编辑|责编|编辑|值班编辑|审核|校对|编审)\\s*[:：].{0,30}$"),
            Pattern.compile("^(【[^】]{1,8}】\\s*){1,6}$"),
            Pattern.compile("^(分享到|分享至|扫一扫|打印本页|关闭窗口|我要纠错|字体[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小).{0,40}$"),
            Pattern.compile("^(上一篇|下一篇|上一条|下一条)\\s*[:：].{0,80}$"),
            Pattern.compile("^.{0,10}(begin-->|end-->|<!--|-->).{0,80}$"),
            Pattern.compile("^<%.{0,200}%>$"),
            // Disclaimers closing a page: "本站郑重声明：所载文章、数据仅供参考…", "特别声明：以上内容…为自媒体平台…"
            Pattern.compile("^.{0,10}(本站郑重声明|郑重声明|免责声明|特别声明|版权声明)\\s*[:：].{0,200}$"),
            Pattern.compile("^.{0,10}违法和不良信息举报.{0,120}$"),
            // "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)"
            Pattern.compile("^[(（]?本文来自.{1,20}[，,].{0,30}(下载|APP|客户端).{0,20}[)）]?$"),
            Pattern.compile("^点击进入(专题)?[:：]?.{0,30}$"),
            Pattern.compile("^返回.{0,10}首页\\s*(>>|》|»|&gt;&gt;)$"));

    /** A short word of a site's menu left at the end of a page, such as 语言 or 知识. */
    private static final Pattern MENU_WORD = Pattern.compile("^[\\p{IsHan}A-Za-z]{1,4}$");

    private Chrome() {
    }

    /** Tells whether a whole line is site chrome. */
    public static boolean isChrome(String line) {
        for (Pattern pattern : LINES) {
            if (pattern.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a line could be a stray menu word, chrome only when it trails an article. */
    static boolean isMenuWord(String line) {
        return MENU_WORD.matcher(line).matches();
    }
}
