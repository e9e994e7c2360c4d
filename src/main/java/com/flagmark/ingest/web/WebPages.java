package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.text.RawBlock;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The entry to reading web pages: cleans a page of its scripts, navigation and site chrome,
 * finds the article in what is left, and reads the title, date, source, credits and URL around
 * it. The article's lines then go on to be read as text.
 */
public final class WebPages {

    private WebPages() {
    }

    /**
     * Returns the lines of the article the page holds (none if it holds no article) and fills the
     * draft with the title, date, source, credits and URL found around it.
     */
    public static List<RawBlock> read(String html, ArticleDraft draft) {
        ExtractedPage extracted = PageExtractor.extract(Jsoup.parse(html));
        extracted.title().ifPresent(draft::title);
        extracted.date().ifPresent(draft::date);
        extracted.source().ifPresent(draft::source);
        draft.authors(extracted.credits());
        extracted.url().ifPresent(draft::url);
        return extracted.body();
    }
}
