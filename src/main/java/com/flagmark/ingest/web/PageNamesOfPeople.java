package com.flagmark.ingest.web;

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
            "报道", "摄影", "通讯员", "实习生", "记者", "编辑", "校对", "来源", "作者", "责编");
    private static final Pattern WORD = Pattern.compile("[^\\s、，,/&＆]+");

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

    /** Tells whether a word names an organisation or a medium rather than a person: 山西日报, 发改局. */
    static boolean isOrganisation(String word) {
        return ORGANISATION.matcher(word).matches();
    }
}
