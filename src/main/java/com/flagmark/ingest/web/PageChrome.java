package com.flagmark.ingest.web;

import com.flagmark.ingest.text.Chrome;
import com.flagmark.ingest.text.FirstUnits;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines of site furniture by their words: breadcrumbs, print and close buttons,
 * share bars, copyright notices, previous/next links, editor credits, and the headings that
 * open a list of related articles. A long line is judged only by how it starts, and words that
 * prose also uses (版权所有, 未经授权) count only in the whole-line patterns of {@link Chrome}.
 */
final class PageChrome {

    private static final int SHORT_LINE = 80;

    private static final Pattern STARTS_AS_CHROME = Pattern.compile(
            "^[\\s【\\[(（]*(?:(?:[您你](?:现在|当前)?(?:所在|当前)?|现在|当前|所在)的?位置\\s*[：:]|首页\\s*(?:>|&gt;|》|→|»)"
                    + "|上一篇|下一篇|上一页|下一页|免责声明|特别声明|版权声明|郑重声明|本站郑重声明|声明：|原文链接"
                    + "|违法和不良信息举报|分享到|扫一扫|责任编辑|责编|版权所有|Copyright|copyright|COPYRIGHT|©"
                    + "|本文原标题\\s*[：:]|原标题\\s*[：:])");

    /** Words of furniture anywhere in a short line, each beginning with a character of its own. */
    private static final FirstUnits.Alternation CHROME_WORDS = FirstUnits.Alternation.of(List.of(
            "当前位置", "打印本页", "关闭窗口", "我要纠错", "【打印】",
            "【关闭】", "打印网页", "分享到", "扫一扫", "Copyright", "copyright", "©", "All Rights Reserved", "ICP备", "ICP证",
            "公网安备", "返回首页", "返回顶部", "返回列表", "返回上一页", "上一篇", "下一篇", "责任编辑", "【编辑[:：]", "点击进入",
            "我要反馈", "转载请注明", "禁止转载", "不得转载", "字号[:：]", "【\\s*字体[:：]", "返回.{0,8}首页"));

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^[\\s【\\[(（]*(?:相关新闻|相关阅读|相关文章|相关报道|相关链接|相关稿件|推荐阅读|热门推荐|热点推荐|猜你喜欢|为你推荐"
                    + "|精彩推荐|热门文章|热门阅读|网友评论|热门评论|最新评论|我要评论|发表评论|已有\\d+条评论|更多精彩)"
                    + "[\\s】\\])）:：>》]*$");

    /**
     * The opening of the promotion a platform account ends its posts with: "扫描下方二维码解锁更多技能",
     * "长按识别二维码关注我们", "点击关注".
     */
    private static final Pattern PROMOTION = Pattern.compile(
            "^.{0,12}(?:扫描|长按|识别|扫码).{0,10}二维码.{0,20}$|^.{0,6}(?:点击|戳)(?:上方|下方|右上角)?.{0,6}关注.{0,20}$");
    /** An account's reply menu and reading prompts: "1、回复【社保】查询…", "点【在看】". */
    private static final Pattern ACCOUNT_PROMPT = Pattern.compile(
            "^(?:\\d+[、.．]\\s*)?回复[【\\[「“].{1,10}[】\\]」”].{0,30}$|.*点[【\\[「“]?在看[】\\]」”]?.{0,12}$");
    /** A line of nothing but replacement characters: pictures or emoji lost when the page was saved. */
    private static final Pattern LOST_CHARACTERS = Pattern.compile("^[\\s\\x{FFFD}]+$");

    private PageChrome() {
    }

    /** Tells whether a line is site furniture rather than article text, here or by {@link Chrome}'s rules. */
    static boolean isChrome(String line) {
        if (Chrome.isChrome(line) || STARTS_AS_CHROME.matcher(line).find() || isAccountPrompt(line)
                || LOST_CHARACTERS.matcher(line).matches()) {
            return true;
        }
        // Tried only where one of the words can begin: most short lines are prose that holds none.
        return line.length() <= SHORT_LINE && CHROME_WORDS.foundIn(line);
    }

    /** A reply menu holds 回复 and a reading prompt 在看; the pattern is tried only on lines that do. */
    private static boolean isAccountPrompt(String line) {
        return (line.contains("回复") || line.contains("在看")) && ACCOUNT_PROMPT.matcher(line).matches();
    }

    /**
     * Tells whether a line is the heading of a list of related articles or of comments, or opens
     * the promotion an account's post ends with.
     */
    static boolean opensRelatedList(String line) {
        return RELATED_HEADING.matcher(line).matches() || PROMOTION.matcher(line).matches();
    }
}
