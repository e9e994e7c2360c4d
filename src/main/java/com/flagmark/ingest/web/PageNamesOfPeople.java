package com.flagmark.ingest.web;

import com.flagmark.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people's names out of credits: "张三 李四", "汤诗瑶、丁涛", "王强报道", and the
 * reporter's name a report ends with, as in "…举行。（张巨峰）".
 */
final class PageNamesOfPeople {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,5}");
    private static final Pattern CREDIT_SUFFIX = Pattern.compile("(?:报道|摄影|摄|整理|整合|编译|发自\\S*|供图|图|文)$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile("[（(]\\s*(\\p{IsHan}{2,4})\\s*[）)]$");
    private static final Pattern ORGANISATION = Pattern.compile(
            ".*(?:局|委|办|社|网|报|部|厅|站|台|会|院|所|处|科|中心|集团|公司|政府|频道|新闻|日报|晚报|摄)$");
    private static final Set<String> NOT_NAMES = Set.of("未知", "佚名", "匿名", "本站", "本网", "网络", "综合",
            "网络整理", "本站原创", "原创", "待续", "未完待续", "完", "全文完", "图片", "资料", "资料图", "视频",
            "报道", "摄影", "整合", "整理", "编译", "供图", "通讯员", "实习生", "记者", "编辑", "校对", "来源", "作者", "责编");
    private static final Pattern WORD = Pattern.compile("[^\\s、，,/&＆]+");

    /**
     * A reporter's credit in brackets inside a paragraph, at its start or end: "（记者 王乐文 方敏）",
     * "据新华社合肥电（记者 钱伟）", "（本报通讯员 李琴雯）", "据新华网电【记者 王五】", "(文/图 刘玺东 易赛楠)".
     */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "[（(【\\[]\\s*(?:[\\p{IsHan}]{0,8}?)(记者|通讯员|作者|执笔人?|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文)\\s*[:：]?\\s*"
                    + "([\\p{IsHan}·、\\s]{2,30}?)\\s*[）)】\\]]");
    /** What the credited did besides, after their names: "（记者陈智 整合）" reported and compiled. */
    private static final Pattern CREDIT_TASK = Pattern.compile("\\s+(整合|整理|编译|摄影|摄)$");
    /** An author's post after their name: "（作者韩涵系政邦智库研究员）". */
    private static final Pattern AUTHORS_POST = Pattern.compile("(?<=\\p{IsHan}{2})系\\p{IsHan}{2,}$");
    /** A credit for both words and pictures: 文/图. */
    private static final Pattern WORDS_AND_PICTURES = Pattern.compile("文\\s*[/／]\\s*图|图\\s*[/／]\\s*文");
    /** The surnames most Chinese people bear: a bare line of a name under a headline starts with one. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
            + "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
            + "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
            + "连芦麻禹";
    private static final Pattern PERSONAL_NAME = Pattern.compile("^[" + SURNAMES + "]\\p{IsHan}{1,2}$");

    private PageNamesOfPeople() {
    }

    /** The names found at the start of a credit and how many characters of it they took. */
    record Names(List<String> names, int consumed) {
    }

    /** Reads the names a credit starts with, stopping at the first word that is not a name. */
    static Names leading(String credit) {
        List<String> names = new ArrayList<>();
        int consumed = 0;
        Matcher token = WORD.matcher(credit);
        while (token.find()) {
            Optional<String> name = asName(token.group());
            if (name.isEmpty()) {
                break;
            }
            names.add(name.get());
            consumed = token.end();
        }
        return new Names(names, consumed);
    }

    /** Returns the name in a word such as "张巨峰" or "王强报道", if it is one. */
    static Optional<String> asName(String word) {
        String unbracketed = word.replaceAll("[（）()【】\\[\\]]", "");
        String stripped = CREDIT_SUFFIX.matcher(unbracketed).replaceAll("");
        String bare = stripped.length() >= 2 ? stripped : unbracketed;
        if (!NAME.matcher(bare).matches() || NOT_NAMES.contains(bare)) {
            return Optional.empty();
        }
        return Optional.of(bare);
    }

    /** Returns the reporter a paragraph ends with in parentheses, as in "…举行。（张巨峰）". */
    static Optional<String> trailingCredit(String paragraph) {
        Matcher matcher = TRAILING_CREDIT.matcher(paragraph);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        if (NOT_NAMES.contains(name) || isOrganisation(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * Returns the people a paragraph credits in brackets, as in "据新华社合肥电（记者 钱伟）…", each
     * with the role word the credit gives.
     */
    static List<Author> bracketedCredits(String paragraph) {
        List<Author> credited = new ArrayList<>();
        Matcher matcher = BRACKETED_CREDIT.matcher(paragraph);
        while (matcher.find()) {
            String credit = AUTHORS_POST.matcher(matcher.group(2).strip()).replaceAll("");
            Matcher task = CREDIT_TASK.matcher(credit);
            Optional<String> alsoDid = task.find() ? Optional.of(task.group(1)) : Optional.empty();
            String people = alsoDid.isPresent() ? credit.substring(0, task.start()) : credit;
            Names names = leading(people);
            if (!names.names().isEmpty() && names.consumed() == people.strip().length()) {
                for (String name : names.names()) {
                    credited.addAll(roles(name, matcher.group(1), alsoDid));
                }
            }
        }
        return credited;
    }

    /** The credits of one person: 文/图 wrote and took the pictures; a task after the name is a role too. */
    private static List<Author> roles(String name, String label, Optional<String> alsoDid) {
        List<Author> roles = new ArrayList<>();
        if (WORDS_AND_PICTURES.matcher(label).matches()) {
            roles.add(Author.of(name, "文"));
            roles.add(Author.of(name, "图"));
        } else {
            roles.add(Author.of(name, label));
        }
        alsoDid.ifPresent(task -> roles.add(Author.of(name, task)));
        return roles;
    }

    /** Tells whether a line is nothing but a person's name, as a blog or an essay prints its author's. */
    static boolean isBareName(String line) {
        return PERSONAL_NAME.matcher(line.strip()).matches() && !NOT_NAMES.contains(line.strip());
    }

    /** Tells whether a word names an organisation or a medium rather than a person: 山西日报, 发改局. */
    static boolean isOrganisation(String word) {
        return ORGANISATION.matcher(word).matches();
    }
}
