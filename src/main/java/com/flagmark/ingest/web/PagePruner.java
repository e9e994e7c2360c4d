package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.ingest.text.HtmlBlocks;
import com.flagmark.ingest.text.RawBlock;
import com.flagmark.ingest.web.PageNames.Lean;
import com.flagmark.ingest.web.PageTextStats.Counts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Takes the page furniture out of the element that holds an article: blocks made mostly of
 * links (pagination, "more" links, related lists), short blocks and links whose words are
 * furniture ("点击进入专题：…", "返回腾讯网首页>>"), and elements whose names say share bar, advert,
 * editor credit and the like, unless they hold a real share of the article's prose. The people
 * credited in what is removed (an editor's line styled as furniture) are read before it goes.
 */
final class PagePruner {

    private static final double LINK_BLOCK_DENSITY = 0.6;
    private static final double CHROME_MAX_SHARE = 0.3;
    private static final int SHORT_BLOCK = 40;

    private PagePruner() {
    }

    /**
     * Removes the furniture below {@code content} and returns the credits read from it;
     * {@code stats} describe the page before removal.
     */
    static List<PageBylines.Byline> prune(Element content, PageTextStats stats) {
        Counts whole = stats.at(content).total();
        Set<Element> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : content.getAllElements()) {
            if (element != content && !isBelowAny(element, doomed) && isFurniture(element, stats, whole)) {
                doomed.add(element);
            }
        }
        List<PageBylines.Byline> credits = new ArrayList<>();
        for (Element element : doomed) {
            for (RawBlock line : HtmlBlocks.of(element)) {
                PageBylines.read(line.text()).map(PageBylines.Byline::creditsOnly)
                        .filter(byline -> !byline.authors().isEmpty() || !byline.editors().isEmpty())
                        .ifPresent(credits::add);
            }
            element.remove();
        }
        return credits;
    }

    private static boolean isFurniture(Element element, PageTextStats stats, Counts whole) {
        Counts total = stats.at(element).total();
        if (total.chars() == 0) {
            return false;
        }
        boolean block = PageTextStats.isBlock(element);
        if (block && total.linkDensity() >= LINK_BLOCK_DENSITY && total.stops() == 0) {
            return true;
        }
        boolean shortFurniture = block ? total.stops() == 0 : element.normalName().equals("a");
        if (shortFurniture && total.chars() <= SHORT_BLOCK && PageChrome.isChrome(Whitespace.normalize(element.text()))) {
            return true;
        }
        return PageNames.leanOf(element) == Lean.CHROME
                && (total.stops() <= 1 || total.linkDensity() > 0.5)
                && total.plainChars() < CHROME_MAX_SHARE * whole.plainChars();
    }

    private static boolean isBelowAny(Element element, Set<Element> ancestors) {
        if (ancestors.isEmpty()) {
            return false;
        }
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (ancestors.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
