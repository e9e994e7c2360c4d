package com.flagmark.render;

import com.flagmark.model.ArticleDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The reader page's own words around an article, in the language of the window that shows it.
 *
 * @param untitled stands in for a missing title
 * @param originalLink the text of the link to the article's web address
 * @param storyOfPage where a story stands on its page, {0} its number and {1} how many there are
 * @param editorsNote the label before an editor's note
 * @param datePattern how the article's day is written, as {@link DateTimeFormatter#ofPattern} reads it
 */
public record ReaderWords(String untitled, String originalLink, String storyOfPage, String editorsNote,
        String datePattern) {

    /** The words in Chinese, the language of the articles. */
    public static final ReaderWords CHINESE = new ReaderWords("（无标题）", "原文链接", "本版第 {0} 篇，共 {1} 篇", "编者按",
            "yyyy年M月d日");

    public ReaderWords {
        Objects.requireNonNull(untitled, "untitled");
        Objects.requireNonNull(originalLink, "originalLink");
        Objects.requireNonNull(storyOfPage, "storyOfPage");
        Objects.requireNonNull(editorsNote, "editorsNote");
        DateTimeFormatter.ofPattern(datePattern);
    }

    /** Returns the article's date as a reader of this language expects it: 2022年2月8日 09:28, or 8 Feb 2022 09:28. */
    public String date(ArticleDate date) {
        String day = DateTimeFormatter.ofPattern(datePattern, Locale.ENGLISH).format(date.date());
        return day + date.time().map(time -> String.format(" %02d:%02d", time.getHour(), time.getMinute())).orElse("");
    }

    /** Returns where a story stands on its page, such as "Story 1 of 11 on this page". */
    public String story(int index, int count) {
        return storyOfPage.replace("{0}", String.valueOf(index)).replace("{1}", String.valueOf(count));
    }
}
