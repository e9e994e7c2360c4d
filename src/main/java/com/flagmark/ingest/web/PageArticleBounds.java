package com.flagmark.ingest.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Corrects the element found to hold the article where the page's layout misleads a search for
 * the densest prose: a blog's index page showing several posts in full holds its first post,
 * not the longest; an article that shows a short opening, then a "展开全文" (read more) link,
 * then the rest in an element of its own, holds the opening too.
 */
final class PageArticleBounds {

    /** How many levels above the element found a post of a blog's index may start. */
    private static final int POST_LEVELS = 4;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");
    private static final Pattern READ_MORE = Pattern.compile("^[\\s>»›…]*(展开全文|阅读全文|查看全文|点击展开|展开阅读全文|继续阅读)[\\s>»›…]*$");

    private PageArticleBounds() {
    }

    /** Returns the element that holds the article, given the densest one and how each element scores. */
    static Element adjust(Element densest, ToDoubleFunction<Element> score) {
        return withOpening(firstPost(densest, score), score);
    }

    /**
     * The counterpart of the element found in the first of the posts, where it lies in one of
     * several sibling posts alike in tag and class, each with a heading and prose of its own.
     */
    private static Element firstPost(Element found, ToDoubleFunction<Element> score) {
        Element post = found;
        for (int level = 0; level < POST_LEVELS && post.parent() != null; level++, post = post.parent()) {
            List<Element> posts = alike(post);
            if (posts.size() >= 2 && posts.get(0) != post && posts.stream().allMatch(each -> isPost(each, score))) {
                return counterpart(found, post, posts.get(0));
            }
        }
        return found;
    }

    /**
     * Returns the heading of the post the article is the first of, where it is the first of
     * several sibling posts (a blog's index page): the post's headline, not the blog's name.
     */
    static Optional<Element> postHeading(Element content) {
        Element post = content;
        for (int level = 0; level < POST_LEVELS && post.parent() != null; level++, post = post.parent()) {
            List<Element> posts = alike(post);
            if (posts.size() >= 2 && posts.get(0) == post && posts.stream().allMatch(PageArticleBounds::hasOneHeading)) {
                return Optional.of(post.select(String.join(",", HEADINGS)).first());
            }
        }
        return Optional.empty();
    }

    /** The element and its siblings of the same tag and class, in page order; none where it has no class. */
    private static List<Element> alike(Element element) {
        String className = element.className().strip();
        if (className.isEmpty()) {
            return List.of();
        }
        return element.parent().children().stream()
                .filter(sibling -> sibling.tagName().equals(element.tagName())
                        && sibling.className().strip().equals(className))
                .toList();
    }

    private static boolean hasOneHeading(Element element) {
        return element.select(String.join(",", HEADINGS)).size() == 1;
    }

    private static boolean isPost(Element element, ToDoubleFunction<Element> score) {
        return score.applyAsDouble(element) > 0 && hasOneHeading(element);
    }

    /** The element of {@code first} at the place {@code found} has in {@code post}, else {@code first} itself. */
    private static Element counterpart(Element found, Element post, Element first) {
        Element match = first;
        String className = found.className().strip();
        if (found != post && !className.isEmpty()) {
            for (Element candidate : first.getElementsByTag(found.tagName())) {
                if (candidate.className().strip().equals(className)) {
                    match = candidate;
                    break;
                }
            }
        }
        return match;
    }

    /** The found element's parent, where a read-more link and an opening with prose come right before it. */
    private static Element withOpening(Element found, ToDoubleFunction<Element> score) {
        Element link = found.previousElementSibling();
        if (link == null || !READ_MORE.matcher(link.text()).matches()) {
            return found;
        }
        Element opening = link.previousElementSibling();
        boolean prose = opening != null && score.applyAsDouble(opening) > 0;
        return prose && found.parent() != null ? found.parent() : found;
    }
}
