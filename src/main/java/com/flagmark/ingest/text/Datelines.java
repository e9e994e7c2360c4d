package com.flagmark.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place line that opens a report: "本报潍坊讯", "本报讯（记者 张三）", "本报讯【记者 王五】",
 * "新华社北京2月3日电（记者 李四）". It names the source: 本报 for the paper's own reporting, or
 * the agency, and the people in its brackets, round or square, wrote the report.
 */
final class Datelines {

    /** A credit in brackets after the place: （记者 张三）, (记者 张三), 【记者 王五】 or [王五]. */
    private static final String BRACKETS = "(?:[（(【\\[][^（）()【】\\[\\]]{1,40}[）)】\\]])?";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<source>本报|本刊)\\p{IsHan}{0,8}?讯" + BRACKETS
                    + "|^(?<agency>新华社|中新社|中新网|人民网|央视网|新华网|中国日报网|光明网|央广网|中国新闻网)"
                    + "\\p{IsHan}{1,10}?\\d{1,2}月\\d{1,2}日电" + BRACKETS);
    private static final Pattern PARENTHESIS = Pattern.compile("[（(【\\[]([^（）()【】\\[\\]]{1,40})[）)】\\]]$");

    private Datelines() {
    }

    /** Tells whether a dateline's source is the paper itself (本报, 本刊), which names no paper. */
    static boolean isThisPaper(String source) {
        return "本报".equals(source) || "本刊".equals(source);
    }

    /** A dateline and the paragraph text after it, which may be empty. */
    record Split(String dateline, String rest) {

        /** Returns the source the dateline names: 本报, 新华社 and so on. */
        String source() {
            Matcher matcher = DATELINE.matcher(dateline);
            if (!matcher.lookingAt()) {
                throw new IllegalStateException("Not a dateline: " + dateline);
            }
            return matcher.group("source") != null ? matcher.group("source") : matcher.group("agency");
        }

        /** Returns the byline inside the dateline's brackets, such as "记者 张三", if any. */
        Optional<String> byline() {
            Matcher matcher = PARENTHESIS.matcher(dateline);
            return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
        }
    }

    /** Tells whether a paragraph opens with a dateline. */
    static boolean startsWithDateline(String text) {
        return DATELINE.matcher(text).lookingAt();
    }

    /** Splits the dateline off the start of a paragraph. */
    static Optional<Split> split(String paragraph) {
        Matcher matcher = DATELINE.matcher(paragraph);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Split(matcher.group(), paragraph.substring(matcher.end()).strip()));
    }
}
