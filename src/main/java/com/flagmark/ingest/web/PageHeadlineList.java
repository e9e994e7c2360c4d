package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.ingest.text.RawBlock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads a list page, one that holds no article but a list of headlines linking to them (a
 * channel's index, a search's results), as its readable text: the headlines, one per line,
 * without their dates or the pager. A menu is no such list: its entries are a word or two.
 */
final class PageHeadlineList {

    /** How many entries make a list of headlines. */
    private static final int FEWEST_ENTRIES = 5;
    /** How many Han characters make a headline rather than a menu's word. */
    private static final int SHORTEST_HEADLINE = 6;

    private PageHeadlineList() {
    }

    /** Returns the headlines of the longest list of them in the page; none if it has no such list. */
    static List<RawBlock> of(Element body) {
        List<RawBlock> best = List.of();
        for (Element list : body.select("ul, ol, tbody, table, dl")) {
            List<RawBlock> headlines = headlines(list);
            if (headlines.size() >= FEWEST_ENTRIES && headlines.size() > best.size()) {
                best = headlines;
            }
        }
        return best;
    }

    /** The headlines of a list's entries, each the text of the entry's one link, if most entries are such. */
    private static List<RawBlock> headlines(Element list) {
        List<RawBlock> headlines = new ArrayList<>();
        int entries = 0;
        for (Element entry : list.children()) {
            if (!entry.tagName().equals("li") && !entry.tagName().equals("tr") && !entry.tagName().equals("dt")
                    && !entry.tagName().equals("dd")) {
                continue;
            }
            entries++;
            List<Element> links = entry.select("a");
            if (links.size() == 1) {
                String text = Whitespace.normalize(links.get(0).text());
                if (hanCount(text) >= SHORTEST_HEADLINE) {
                    headlines.add(RawBlock.plain(text));
                }
            }
        }
        return headlines.size() * 2 > entries ? headlines : List.of();
    }

    private static long hanCount(String text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
