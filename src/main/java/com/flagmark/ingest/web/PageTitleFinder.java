package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Whitespace;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline: the heading or title-like element that matches the {@code <title>}
 * and sits just before the article, or else the {@code <title>} itself without the site name
 * that pages append ("_网易新闻", " - 【阳光易购】", "-中新网").
 */
final class PageTitleFinder {

    /** The headline and, when it was found in the page, the element that shows it. */
    record Headline(String text, Optional<Element> element) {
    }

    private static final Pattern SITE_SEPARATOR = Pattern.compile(
            "\\s*(?:_|\\||｜|--+|—+|–|\\s-\\s|(?<!\\d)-|-(?!\\d))\\s*");
    private static final Pattern BREADCRUMB = Pattern.compile("首页|>|»|›|位置[：:]");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 100;
    private static final int ACCEPTED = 5;

    private final PageTextStats stats;
    private final int contentStart;
    private final Optional<Element> content;
    private final String titleElement;
    private final String declaredTitle;

    private PageTitleFinder(PageTextStats stats, Optional<Element> content, PageMetaTags meta) {
        this.stats = stats;
        this.content = content;
        this.contentStart = content.map(element -> stats.at(element).order()).orElse(Integer.MAX_VALUE);
        this.titleElement = meta.titleElement().orElse("");
        this.declaredTitle = meta.declaredTitle().orElse("");
    }

    /** Finds the headline of the article in {@code content}, looking first at the page's elements. */
    static Optional<Headline> find(Element body, Optional<Element> content, PageTextStats stats, PageMetaTags meta) {
        PageTitleFinder finder = new PageTitleFinder(stats, content, meta);
        Optional<Element> shown = body.getAllElements().stream()
                .filter(finder::mayBeHeadline)
                .filter(element -> finder.score(element) >= ACCEPTED)
                .max(Comparator.comparingDouble(finder::score));
        if (shown.isPresent()) {
            return Optional.of(new Headline(finder.cleanText(shown.get()), shown));
        }
        return meta.declaredTitle().or(meta::titleElement)
                .map(PageTitleFinder::withoutSiteName)
                .filter(text -> !text.isEmpty())
                .map(text -> new Headline(text, Optional.empty()));
    }

    /** Returns the longest part of a page title split at the separators sites put before their name. */
    static String withoutSiteName(String title) {
        return Arrays.stream(SITE_SEPARATOR.split(title))
                .map(String::strip)
                .max(Comparator.comparingInt(String::length))
                .orElse(title.strip());
    }

    private boolean mayBeHeadline(Element element) {
        return (HEADINGS.contains(element.normalName()) || hasTitleName(element)) && stats.at(element).order() >= 0;
    }

    /**
     * The headline as the element shows it, or as the {@code <title>} gives it when the element
     * adds a label of its own around it (toutiao prints {@code <span>原创</span>} in its headline).
     */
    private String cleanText(Element element) {
        String text = Whitespace.normalize(element.text());
        String fromTitle = withoutSiteName(titleElement);
        if (fromTitle.length() < 8 || text.length() <= fromTitle.length() || !text.contains(fromTitle)) {
            return text;
        }
        String label = text.replace(fromTitle, "").strip();
        boolean labelIsElement = element.getAllElements().stream()
                .anyMatch(inner -> inner != element && Whitespace.normalize(inner.text()).equals(label));
        return labelIsElement ? fromTitle : text;
    }

    private static boolean hasTitleName(Element element) {
        String names = element.className() + " " + element.id();
        String lower = names.toLowerCase(Locale.ROOT);
        if (!lower.contains("tit") && !lower.contains("newst") && !lower.contains("biaoti")
                && !lower.contains("headline") && !lower.contains("bt")) {
            return false;
        }
        for (String word : PageNames.words(names)) {
            if (word.contains("title") || word.equals("tit") || word.equals("newst") || word.equals("biaoti")
                    || word.equals("headline") || word.equals("bt")) {
                return true;
            }
        }
        return false;
    }

    private double score(Element element) {
        String text = Whitespace.normalize(element.text());
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH || PageBylines.read(text).isPresent()) {
            return 0;
        }
        double score = titleMatch(text) + tagScore(element) + positionScore(element);
        if (stats.at(element).total().linkDensity() >= 0.5 || BREADCRUMB.matcher(text).find()) {
            score -= 4;
        }
        if (titleMatch(text) == 0 && length < 5) {
            return 0;
        }
        return score;
    }

    private double titleMatch(String text) {
        if (text.equals(declaredTitle) || text.equals(titleElement)) {
            return 10;
        }
        if (!titleElement.isEmpty() && titleElement.startsWith(text)) {
            return 8;
        }
        if (text.length() >= 8 && (titleElement.contains(text) || declaredTitle.contains(text))) {
            return 6;
        }
        String stripped = withoutSiteName(titleElement);
        return stripped.length() >= 8 && text.contains(stripped) ? 5 : 0;
    }

    private static double tagScore(Element element) {
        double score = switch (element.normalName()) {
            case "h1" -> 4;
            case "h2" -> 2;
            case "h3", "h4", "h5", "h6" -> 1;
            default -> 0;
        };
        return hasTitleName(element) ? score + 2 : score;
    }

    private double positionScore(Element element) {
        if (content.isEmpty()) {
            return 0;
        }
        int order = stats.at(element).order();
        if (order < contentStart) {
            return 3 + 2.0 / (1 + (contentStart - order) / 20.0);
        }
        return isInside(element, content.get()) ? 1 : -4;
    }

    private static boolean isInside(Element element, Element container) {
        for (Element parent = element; parent != null; parent = parent.parent()) {
            if (parent == container) {
                return true;
            }
        }
        return false;
    }
}
