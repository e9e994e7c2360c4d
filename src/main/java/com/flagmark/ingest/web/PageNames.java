package com.flagmark.ingest.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id words suggest about it: page furniture (navigation, footer,
 * share bar, comments, related links…) or the article itself. Only a hint: sites name things
 * carelessly, so callers weigh it against the text the element holds.
 */
final class PageNames {

    /** The lean of an element's names. */
    enum Lean {
        CHROME, ARTICLE, NEUTRAL
    }

    private static final Set<String> CHROME_WORDS = Set.of("nav", "navbar", "menu", "footer", "foot", "breadcrumb",
            "crumb", "crumbs", "share", "sharing", "bdshare", "comment", "comments", "cmt", "reply", "related",
            "relate", "recommend", "recommended", "hot", "hotnews", "rank", "ranking", "sidebar", "side", "aside",
            "ad", "ads", "advert", "advertisement", "adv", "gg", "copyright", "copy", "banner", "login", "search",
            "toolbar", "tool", "tools", "friend", "friendlink", "links", "tags", "tag", "subscribe", "qrcode",
            "ewm", "weixin", "wechat", "print", "printer", "close", "pages", "paging", "pagination", "pager",
            "xgxw", "tuijian", "tj", "more", "popup", "dialog", "modal", "report", "header",
            "top", "topbar", "logo", "position", "location", "path", "statement", "disclaimer", "editor",
            "zdfy", "jiucuo", "function", "action", "actions", "bottom", "corr", "list");

    private static final Set<String> ARTICLE_WORDS = Set.of("content", "article", "text", "detail", "details",
            "body", "main", "post", "entry", "story", "zw", "zhengwen", "newsc", "con", "cont", "txt", "maintext",
            "articlebody", "artibody", "news", "mainbox", "trs");

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    private PageNames() {
    }

    /** Returns the lean of an element's class and id words. */
    static Lean leanOf(Element element) {
        String names = element.className() + " " + element.id();
        if (names.isBlank()) {
            return Lean.NEUTRAL;
        }
        boolean chrome = false;
        boolean article = false;
        for (String word : words(names)) {
            chrome |= CHROME_WORDS.contains(word);
            article |= ARTICLE_WORDS.contains(word);
        }
        if (chrome == article) {
            return Lean.NEUTRAL;
        }
        return chrome ? Lean.CHROME : Lean.ARTICLE;
    }

    /** Splits class and id names into lower-case words: {@code adInContent} gives ad, in, content. */
    static String[] words(String names) {
        String spaced = CAMEL_HUMP.matcher(names).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        return NOT_LETTERS.split(spaced);
    }
}
