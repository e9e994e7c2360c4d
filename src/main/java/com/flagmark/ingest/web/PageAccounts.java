package com.flagmark.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the name a page presents as its author in an element it marks as such (class
 * {@code author-name}, {@code itemprop="author"}, {@code rel="author"}) before the article: on
 * a platform's post (百家号, 企鹅号) the account that published it, which is the author where
 * the page names no person.
 */
final class PageAccounts {

    private static final String MARKED = "[class~=(?i)(^|\\s)(author[-_]?name|authorname|author|account[-_]?name)(\\s|$)],"
            + " [itemprop=author], a[rel=author]";
    private static final int LONGEST = 20;
    /** What an author element may hold that is no name: a label, a date, a count. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[：:\\d|｜]|登录|注册|关注|作者|来源");

    private PageAccounts() {
    }

    /** Returns the name in the first element before the article that the page marks as its author's. */
    static Optional<String> before(Element content) {
        Element root = content.root();
        List<Element> before = new ArrayList<>();
        for (Element element : root.select(MARKED)) {
            if (isBefore(element, content)) {
                before.add(element);
            }
        }
        return before.stream().map(element -> element.text().strip())
                .filter(text -> !text.isEmpty() && text.length() <= LONGEST && !NOT_A_NAME.matcher(text).find())
                .findFirst();
    }

    /** Tells whether the element comes before the article in the page, and is not inside it. */
    private static boolean isBefore(Element element, Element content) {
        for (Element parent = element; parent != null; parent = parent.parent()) {
            if (parent == content) {
                return false;
            }
        }
        List<Integer> at = path(element);
        List<Integer> of = path(content);
        for (int i = 0; i < Math.min(at.size(), of.size()); i++) {
            if (!at.get(i).equals(of.get(i))) {
                return at.get(i) < of.get(i);
            }
        }
        return at.size() < of.size();
    }

    private static List<Integer> path(Element element) {
        List<Integer> path = new ArrayList<>();
        for (Element node = element; node.parent() != null; node = node.parent()) {
            path.add(0, node.siblingIndex());
        }
        return path;
    }
}
