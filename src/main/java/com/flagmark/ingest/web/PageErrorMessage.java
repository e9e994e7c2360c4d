package com.flagmark.ingest.web;

import com.flagmark.ingest.text.HtmlBlocks;
import com.flagmark.ingest.text.RawBlock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a site's error page ("404", "页面不存在") as its own message: the lines of the element
 * that says what went wrong, without its links back to the site. Such a page holds too little
 * prose for an article, and its message tells the reader what became of the page they saved.
 */
final class PageErrorMessage {

    private static final Pattern ERROR = Pattern.compile(
            "404|403|页面不存在|页面未找到|找不到(该|此|您要的)?页面|不存在或已(被)?删除|已被删除|无法访问|访问出错|页面出错");
    /** How many characters an element holding the message may have: the message, not a whole page. */
    private static final int LONGEST = 600;
    private static final int SHORT_LINE = 20;

    private PageErrorMessage() {
    }

    /** Returns the message of an error page, or none if the page is no error page. */
    static List<RawBlock> of(Element body, Optional<String> title) {
        Element message = null;
        for (Element heading : body.select("h1, h2, h3, h4, p, div")) {
            if (heading.ownText().length() <= 80 && ERROR.matcher(heading.ownText()).find()) {
                message = heading.parent();
                break;
            }
        }
        if (message == null || message.text().length() > LONGEST
                || title.filter(text -> ERROR.matcher(text).find()).isEmpty() && !ERROR.matcher(message.text()).find()) {
            return List.of();
        }
        return HtmlBlocks.of(withoutLinks(message)).stream().filter(PageErrorMessage::isMessage).toList();
    }

    /** A short line of furniture (返回首页) is no part of the message; a sentence that mentions the home page is. */
    private static boolean isMessage(RawBlock line) {
        return line.text().length() > SHORT_LINE || !PageChrome.isChrome(line.text());
    }

    /** A copy of the element without the lines that are nothing but a link, such as 返回首页. */
    private static Element withoutLinks(Element element) {
        Element copy = element.clone();
        for (Element link : copy.select("a")) {
            Element parent = link.parent();
            if (parent != null && parent != copy && parent.text().strip().equals(link.text().strip())) {
                parent.remove();
            } else {
                link.remove();
            }
        }
        return copy;
    }
}
