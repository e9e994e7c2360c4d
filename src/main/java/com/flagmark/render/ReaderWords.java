package com.flagmark.render;

import java.util.Objects;

/**
 * The reader page's own words around an article, in the language of the window that shows it.
 *
 * @param untitled stands in for a missing title
 * @param originalLink the text of the link to the article's web address
 * @param storyOfPage where a story stands on its page, {0} its number and {1} how many there are
 * @param editorsNote the label before an editor's note
 */
public record ReaderWords(String untitled, String originalLink, String storyOfPage, String editorsNote) {

    /** The words in Chinese, the language of the articles. */
    public static final ReaderWords CHINESE = new ReaderWords("（无标题）", "原文链接", "本版第 {0} 篇，共 {1} 篇", "编者按");

    public ReaderWords {
        Objects.requireNonNull(untitled, "untitled");
        Objects.requireNonNull(originalLink, "originalLink");
        Objects.requireNonNull(storyOfPage, "storyOfPage");
        Objects.requireNonNull(editorsNote, "editorsNote");
    }

    /** Returns where a story stands on its page, such as "Story 1 of 11 on this page". */
    public String story(int index, int count) {
        return storyOfPage.replace("{0}", String.valueOf(index)).replace("{1}", String.valueOf(count));
    }
}
