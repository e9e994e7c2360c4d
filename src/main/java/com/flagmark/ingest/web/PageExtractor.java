package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Dates;
import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.ingest.text.HtmlBlocks;
import com.flagmark.ingest.text.RawBlock;
import com.flagmark.ingest.web.PageMetadata.Origin;
import com.flagmark.ingest.web.PageTitleFinder.Headline;
import com.flagmark.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a whole web page, with navigation, adverts, link lists, footers and
 * comments around it, and reads the metadata printed near it.
 *
 * <p>The steps: a cleaned copy of the body ({@link PageCleaner}); the element where Chinese prose
 * is densest ({@link PageContentFinder}); the headline ({@link PageTitleFinder}); the metadata
 * lines between headline and article and just after it ({@link PageNeighbourhood},
 * {@link PageBylines}); the article's element without its furniture ({@link PagePruner}) read
 * into lines ({@link HtmlBlocks}, {@link PageBody}); and the metadata settled between those
 * lines and the meta tags ({@link PageMetadata}, {@link PageMetaTags}). A page that holds no
 * article gives its error message ({@link PageErrorMessage}) or its list of headlines
 * ({@link PageHeadlineList}).
 */
final class PageExtractor {

    private static final int NEIGHBOUR_LINES = 12;
    private static final int NEAREST_LINES_WITHOUT_HEADLINE = 6;
    private static final int MAX_SUBTITLE = 80;

    private PageExtractor() {
    }

    /** Finds the article in a whole web page and the metadata around it; an empty body when the page holds no article. */
    static ExtractedPage extract(Document page) {
        Objects.requireNonNull(page, "page");
        PageMetaTags meta = new PageMetaTags(page);
        Element body = PageCleaner.cleanBody(page);
        PageTextStats stats = PageTextStats.of(body);
        Optional<Element> content = PageContentFinder.find(body, stats);
        Optional<Headline> headline = content.flatMap(PageArticleBounds::postHeading)
                .map(heading -> new Headline(Whitespace.normalize(heading.text()), Optional.of(heading)))
                .or(() -> PageTitleFinder.find(body, content, stats, meta));
        return content.map(found -> article(found, headline, stats, meta))
                .orElseGet(() -> new ExtractedPage(headline.map(Headline::text), meta.date().map(Dates.Found::date),
                        meta.source(), List.of(), meta.url(), withoutArticle(body, meta)));
    }

    /** What a page that holds no article gives to read: an error page's message, or a list page's headlines. */
    private static List<RawBlock> withoutArticle(Element body, PageMetaTags meta) {
        List<RawBlock> message = PageErrorMessage.of(body, meta.titleElement());
        return message.isEmpty() ? PageHeadlineList.of(body) : message;
    }

    private static ExtractedPage article(Element content, Optional<Headline> headline, PageTextStats stats,
            PageMetaTags meta) {
        Optional<String> title = headline.map(Headline::text);
        PageMetadata metadata = new PageMetadata();
        List<RawBlock> header = headerLines(content, headline);
        readBylines(header, Origin.HEADER, metadata);
        PageAccounts.before(content).ifPresent(metadata::addAccount);
        Optional<Element> documentHeader = PageDocumentHeader.before(content);
        documentHeader.ifPresent(table -> readDocumentHeader(table, metadata));
        readBylines(PageNeighbourhood.after(content, NEIGHBOUR_LINES), Origin.FOOTER, metadata);
        PageIssueDate.before(content).ifPresent(date -> metadata.add(Origin.NAVIGATION, dated(date)));
        PagePruner.prune(content, stats).forEach(credit -> metadata.add(Origin.CONTENT_END, credit));
        headline.flatMap(Headline::element).filter(element -> isInside(element, content)).ifPresent(Element::remove);
        PageBody.Assembled assembled = PageBody.of(HtmlBlocks.of(content), title);
        assembled.opening().forEach(byline -> metadata.add(Origin.CONTENT_START, byline));
        assembled.closing().forEach(byline -> metadata.add(Origin.CONTENT_END, byline));
        List<RawBlock> lines = new ArrayList<>();
        if (!assembled.lines().isEmpty()) {
            subtitle(header).ifPresent(lines::add);
            documentHeader.ifPresent(table -> lines.addAll(PageDocumentHeader.lines(table)));
            lines.addAll(assembled.lines());
        }
        if (!lines.isEmpty()) {
            PageNamesOfPeople.trailingCredit(lines.get(lines.size() - 1).text()).ifPresent(metadata::addCredit);
            bracketedCredits(lines.get(0), Origin.CONTENT_START, metadata);
            PageDocumentHeader.adoptedOn(lines.get(0).text()).ifPresent(date -> metadata.add(Origin.CONTENT_START, dated(date)));
            bracketedCredits(lines.get(lines.size() - 1), Origin.CONTENT_END, metadata);
        }
        return new ExtractedPage(title, metadata.date(meta.date(), meta.dates()), metadata.source(meta.source()),
                metadata.credits(), meta.url(), lines);
    }

    /** The lines between the headline and the article, or the few nearest the article without one. */
    private static List<RawBlock> headerLines(Element content, Optional<Headline> headline) {
        List<RawBlock> before = PageNeighbourhood.before(content, NEIGHBOUR_LINES);
        if (headline.isPresent()) {
            for (int i = before.size() - 1; i >= 0; i--) {
                if (PageBody.repeatsHeadline(before.get(i), headline.map(Headline::text))) {
                    return before.subList(i + 1, before.size());
                }
            }
            if (headline.get().element().map(element -> isInside(element, content)).orElse(false)) {
                return List.of();
            }
        }
        return before.subList(Math.max(0, before.size() - NEAREST_LINES_WITHOUT_HEADLINE), before.size());
    }

    /**
     * Reads the metadata lines found around the article; right under the headline, a line that
     * is nothing but a person's name is the author's.
     */
    private static void readBylines(List<RawBlock> lines, Origin origin, PageMetadata metadata) {
        for (int i = 0; i < lines.size(); i++) {
            RawBlock line = lines.get(i);
            Optional<PageBylines.Byline> byline = PageBylines.read(line.text());
            if (byline.isPresent()) {
                metadata.add(origin, byline.get());
            } else if (origin == Origin.HEADER && i == 0 && PageNamesOfPeople.isBareName(line.text())) {
                metadata.add(origin, new PageBylines.Byline(Optional.empty(), Optional.empty(),
                        List.of(Author.of(line.text().strip(), null)), List.of()));
            }
        }
    }

    /**
     * Reads the rows of a document's header table: its publication date counts as a date near the
     * headline, the date it was written (成文日期) only where the page gives no other.
     */
    private static void readDocumentHeader(Element table, PageMetadata metadata) {
        PageDocumentHeader.published(table).ifPresent(date -> metadata.add(Origin.HEADER, dated(date)));
        PageDocumentHeader.written(table).ifPresent(date -> metadata.add(Origin.FOOTER, dated(date)));
    }

    private static PageBylines.Byline dated(Dates.Found date) {
        return new PageBylines.Byline(Optional.of(date), Optional.empty(), List.of(), List.of());
    }

    /** The people credited in brackets in the article's first or last paragraph: "（记者 钱伟）". */
    private static void bracketedCredits(RawBlock paragraph, Origin origin, PageMetadata metadata) {
        List<Author> credited = PageNamesOfPeople.bracketedCredits(paragraph.text());
        if (!credited.isEmpty()) {
            metadata.add(origin, new PageBylines.Byline(Optional.empty(), Optional.empty(), credited, List.of()));
        }
    }

    /** A heading printed right below the headline, outside the article's element: a subtitle. */
    private static Optional<RawBlock> subtitle(List<RawBlock> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        RawBlock first = header.get(0);
        boolean isSubtitle = first.hint() == RawBlock.Hint.HEADING && first.text().length() <= MAX_SUBTITLE
                && !PageChrome.isChrome(first.text()) && PageBylines.read(first.text()).isEmpty();
        return isSubtitle ? Optional.of(first) : Optional.empty();
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
