package com.flagmark.ingest.web;

import com.flagmark.ingest.web.PageTextStats.Counts;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article. Every line of text scores by its Chinese
 * punctuation and length, and nothing when it is mostly link text or reads as site furniture
 * (a copyright notice, a disclaimer); each element collects the
 * scores of the lines in and just below it, so the best element is the one where article
 * prose is densest. Link density and, more weakly, class and id names then weigh the result.
 */
final class PageContentFinder {

    /** How much of a line's score reaches the element itself, its parent, grandparent and so on. */
    private static final double[] ANCESTOR_WEIGHTS = {1, 1, 1.0 / 2, 1.0 / 6, 1.0 / 9, 1.0 / 12};
    private static final int MIN_ARTICLE_CHARS = 20;

    private final PageTextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private PageContentFinder(PageTextStats stats) {
        this.stats = stats;
    }

    /** Returns the element holding the article, or empty when no element holds article prose. */
    static Optional<Element> find(Element body, PageTextStats stats) {
        return new PageContentFinder(stats).search(body);
    }

    /**
     * Scores one line of text: one point plus one per punctuation mark plus up to three for
     * length; a line without punctuation scores by length alone, and a short or link-dominated
     * line scores nothing.
     */
    static double lineScore(Counts line) {
        int plain = line.plainChars();
        if (plain < 8 || line.linkDensity() > 0.5) {
            return 0;
        }
        if (line.punctuation() == 0) {
            return Math.min(plain / 100.0, 1);
        }
        return 1 + line.punctuation() + Math.min(plain / 100.0, 3);
    }

    private Optional<Element> search(Element body) {
        for (Element element : body.getAllElements()) {
            double score = lineScore(stats.at(element).line());
            if (score > 0 && !PageChrome.isChrome(PageTextStats.lineText(element))) {
                spread(element, score);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element element : body.getAllElements()) {
            double score = weighted(element);
            if (score > bestScore || (score > 0 && score >= bestScore * 0.999 && isBelow(element, best))) {
                best = element;
                bestScore = Math.max(score, bestScore);
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Counts total = stats.at(best).total();
        if (total.plainChars() < MIN_ARTICLE_CHARS || total.punctuation() < 2) {
            return Optional.empty();
        }
        return Optional.of(PageArticleBounds.adjust(best, this::weighted));
    }

    private static boolean isBelow(Element element, Element ancestor) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void spread(Element element, double score) {
        Element current = element;
        for (int level = 0; level < ANCESTOR_WEIGHTS.length && current != null; level++) {
            scores.merge(current, score * ANCESTOR_WEIGHTS[level], Double::sum);
            current = current.parent();
        }
    }

    private double weighted(Element element) {
        Double score = scores.get(element);
        if (score == null) {
            return 0;
        }
        double leanFactor = switch (PageNames.leanOf(element)) {
            case ARTICLE -> 1.25;
            case CHROME -> 0.5;
            case NEUTRAL -> 1;
        };
        return score * (1 - stats.at(element).total().linkDensity()) * leanFactor;
    }
}
