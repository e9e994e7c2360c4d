package com.flagmark.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines of site chrome that reach an article's text: breadcrumbs, "return to"
 * links, copyright and contribution notices, print and share buttons, the editor in charge.
 * Patterns match a whole line; body text that merely mentions a word such as 版权 is kept.
 */
public final class Chrome {

    /**
     * Lines that are chrome wherever they stand. Each pattern comes with a cue that every line it
     * matches must show (its first characters, or a word it cannot do without): cleaning asks
     * about every line several times, and a plain test of a line's start or of a word costs a
     * fraction of trying a pattern that may begin anywhere in the first 30 characters.
     */
    private static final List<Rule> LINES = List.of(
            // Breadcrumbs: "您当前的位置:首页学习正文", "当前位置：首页 > 新闻", "现在位置：首页 >> 东区新闻 >> 正文"
            new Rule(startsWithAny("您", "你", "当前", "现在", "所在"),
                    "^(您当前的位置|您的位置|你的位置|当前位置|现在位置|所在位置|您现在的位置是?)\\s*[:：].{0,80}$"),
            // "[返回大众日报新闻](…)｜[返回首页](…)" after Markdown: "返回大众日报新闻｜返回首页"
            new Rule(startsWithAny("返回"), "^(返回[^｜|]{0,20}?(新闻|首页|列表|顶部|上页|目录)\\s*[｜|/]?\\s*)+$"),
            new Rule(containsAny("版权", "Copyright", "COPYRIGHT", "All Rights Reserved", "©"),
                    "^.{0,30}(版权所有|版权归.{0,20}所有|Copyright|COPYRIGHT|All Rights Reserved|©)[^。]{0,30}$"),
            new Rule(containsAny("如果发现本网站发布的资讯影响到您的版权"), "^.{0,10}如果发现本网站发布的资讯影响到您的版权.{0,60}$"),
            new Rule(containsAny("未经"), "^.{0,20}(未经(授权|许可|书面许可)，?\\s*(禁止|不得|严禁)(转载|复制|使用)).{0,80}$"),
            new Rule(containsAny("投稿"), "^.{0,20}(欢迎(来本站|向本站|来)?投稿|投稿邮箱|本站投稿).{0,40}$"),
            new Rule(containsAny("编", "审", "校对"), "^[（(\\[【]?\\s*(责任编辑|责编|编辑|值班编辑|审核|校对|编审)\\s*[:：].{0,30}$"),
            new Rule(startsWithAny("【"), "^(【[^】]{1,8}】\\s*){1,6}$"),
            new Rule(startsWithAny("分享", "扫一扫", "打印本页", "关闭窗口", "我要纠错", "字体"),
                    "^(分享到|分享至|扫一扫|打印本页|关闭窗口|我要纠错|字体[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小).{0,40}$"),
            new Rule(startsWithAny("上一", "下一"), "^(上一篇|下一篇|上一条|下一条)\\s*[:：].{0,80}$"),
            new Rule(containsAny("-->", "<!--"), "^.{0,10}(begin-->|end-->|<!--|-->).{0,80}$"),
            new Rule(startsWithAny("<%"), "^<%.{0,200}%>$"),
            // Disclaimers closing a page: "本站郑重声明：所载文章、数据仅供参考…", "特别声明：以上内容…为自媒体平台…"
            new Rule(containsAny("声明"), "^.{0,10}(本站郑重声明|郑重声明|免责声明|特别声明|版权声明)\\s*[:：].{0,200}$"),
            new Rule(containsAny("违法和不良信息举报"), "^.{0,10}违法和不良信息举报.{0,120}$"),
            // "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)"
            new Rule(containsAny("本文来自"), "^[(（]?本文来自.{1,20}[，,].{0,30}(下载|APP|客户端).{0,20}[)）]?$"),
            new Rule(startsWithAny("点击进入"), "^点击进入(专题)?[:：]?.{0,30}$"),
            new Rule(startsWithAny("返回"), "^返回.{0,10}首页\\s*(>>|》|»|&gt;&gt;)$"));

    /** A short word of a site's menu left at the end of a page, such as 语言 or 知识. */
    private static final Pattern MENU_WORD = Pattern.compile("^[\\p{IsHan}A-Za-z]{1,4}$");

    private Chrome() {
    }

    /** The words of each rule's cue, looked for in one pass over a line: bit {@code i} for rule {@code i}. */
    private static final CueWords CUE_WORDS =
            new CueWords(LINES.stream().map(rule -> List.of(rule.cue().words())).toList());

    /** Tells whether a whole line is site chrome. */
    public static boolean isChrome(String line) {
        long wordsFound = CUE_WORDS.foundIn(line);
        for (int i = 0; i < LINES.size(); i++) {
            Rule rule = LINES.get(i);
            boolean cueShown = (wordsFound >>> i & 1) != 0 || rule.cue().startsIn(line);
            if (cueShown && rule.pattern().matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a line could be a stray menu word, chrome only when it trails an article. */
    static boolean isMenuWord(String line) {
        return MENU_WORD.matcher(line).matches();
    }

    private static Cue startsWithAny(String... starts) {
        return new Cue(starts, new String[0]);
    }

    private static Cue containsAny(String... words) {
        return new Cue(new String[0], words);
    }

    /** What a line must show before a rule's pattern is worth trying: one of some starts, or a word anywhere. */
    private record Cue(String[] starts, String[] words) {

        /** Tells whether {@code line} starts with one of the starts (the words are looked for all at once). */
        boolean startsIn(String line) {
            for (String start : starts) {
                if (line.startsWith(start)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A whole-line pattern and what a line must show before the pattern is worth trying. */
    private record Rule(Cue cue, Pattern pattern) {
        Rule(Cue cue, String regex) {
            this(cue, Pattern.compile(regex));
        }
    }
}
