package com.flagmark.ingest.text;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.decode.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the metadata that sources write as lines of text out of the body and into the draft:
 * "（文章来源：大众日报）", the original URL on a line of its own, the header line
 * "2022-03-01 16:59:26 金华市人民政府". Site chrome goes too, and stray menu words at the end.
 */
final class BodyMetadata {

    private static final Pattern URL_LINE = Pattern.compile(
            "^(?:原文链接|原文地址|原文网址|原文|链接|来源网址|网址)?\\s*[:：]?\\s*<?(https?://[^\\s<>]+)>?$");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^[（(【\\[]?\\s*(?:文章来源|稿件来源|信息来源|新闻来源|来源于|来源|转自|摘自)\\s*[:：]\\s*"
                    + "([^（）()【】\\[\\]\\s]{1,30})\\s*[）)】\\]]?$");
    private static final Pattern LABEL = Pattern.compile("^(?:发布时间|发稿时间|发表时间|更新时间|时间|日期)\\s*[:：]\\s*");
    private static final Pattern SOURCE_AFTER_DATE = Pattern.compile(
            "^(?:(?:文章来源|来源于|来源)\\s*[:：]\\s*)?([\\p{IsHan}A-Za-z0-9·（）()]{2,20})$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "[（(]([\\p{IsHan}A-Za-z]{2,12}(?:报|网|社|新闻|电视台|财经|时报|在线|客户端|日报|晚报|广播))[）)]$");
    private static final int HEADER_LINES = 6;
    private static final int MAX_HEADER_LINE = 60;

    private BodyMetadata() {
    }

    /** Returns the body without chrome and metadata lines, filling the draft from the latter. */
    static List<RawBlock> extract(List<RawBlock> lines, ArticleDraft draft) {
        List<RawBlock> body = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            RawBlock line = lines.get(i);
            if (!isMetadata(line.text(), i < HEADER_LINES, draft) && !Chrome.isChrome(line.text())) {
                body.add(line);
            }
        }
        dropTrailingMenuWords(body);
        creditAtEnd(body).ifPresent(draft::source);
        return body;
    }

    private static boolean isMetadata(String text, boolean nearTop, ArticleDraft draft) {
        if (text.equals("<>")) {
            return true;
        }
        // Every line is asked, and few are either: the patterns are tried only on lines that hold
        // the word each cannot do without.
        Matcher url = URL_LINE.matcher(text);
        if (text.contains("http") && url.matches()) {
            draft.url(url.group(1));
            return true;
        }
        Matcher source = SOURCE_LINE.matcher(text);
        if (mayNameSource(text) && source.matches()) {
            draft.source(source.group(1));
            return true;
        }
        return nearTop && readHeaderLine(text, draft);
    }

    private static boolean mayNameSource(String text) {
        return text.contains("来源") || text.contains("转自") || text.contains("摘自");
    }

    /** Tells whether a line is a header line of date and perhaps source. */
    static boolean isHeaderLine(String text) {
        return readHeaderLine(text, new ArticleDraft());
    }

    /** Reads "2022-03-01 16:59:26 金华市人民政府" or "发布时间：2021/6/9 来源：某某网" into the draft. */
    static boolean readHeaderLine(String text, ArticleDraft draft) {
        // A paragraph is never a header line: its length is looked at before its dates are searched for.
        if (text.length() > MAX_HEADER_LINE) {
            return false;
        }
        String rest = LABEL.matcher(text).replaceFirst("");
        Optional<Dates.Found> found = Dates.find(rest);
        if (found.isEmpty() || found.get().start() != 0) {
            return false;
        }
        String after = rest.substring(found.get().end()).strip();
        Matcher source = SOURCE_AFTER_DATE.matcher(after);
        if (!after.isEmpty() && !source.matches()) {
            return false;
        }
        draft.date(found.get().date());
        if (!after.isEmpty()) {
            draft.source(source.group(1));
        }
        return true;
    }

    private static void dropTrailingMenuWords(List<RawBlock> body) {
        while (body.size() > 1 && Chrome.isMenuWord(last(body)) && !Bylines.isByline(last(body))) {
            body.remove(body.size() - 1);
        }
    }

    private static String last(List<RawBlock> body) {
        return body.get(body.size() - 1).text();
    }

    /** A wire credit closing the last paragraph, as in "…撤回率达93.1%。(央视新闻)". */
    private static Optional<String> creditAtEnd(List<RawBlock> body) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = TRAILING_CREDIT.matcher(body.get(body.size() - 1).text());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
