package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.text.RawBlock;
import java.util.List;
import org.jsoup.nodes.Document;

/** Reads a whole web page for the importer: the article's lines, with its metadata put in the draft. */
public final class PageReading {

    private PageReading() {
    }

    /**
     * Returns the lines of the article the page holds (none if it holds no article) and fills the
     * draft with the title, date, source, authors and URL found around it.
     */
    public static List<RawBlock> read(Document page, ArticleDraft draft) {
        ExtractedPage extracted = PageExtractor.extract(page);
        extracted.title().ifPresent(draft::title);
        extracted.date().ifPresent(draft::date);
        extracted.source().ifPresent(draft::source);
        draft.authors(extracted.authors());
        extracted.url().ifPresent(draft::url);
        return extracted.body();
    }
}
