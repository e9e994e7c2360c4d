package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Dates;
import com.flagmark.ingest.decode.Whitespace;
import com.flagmark.ingest.text.HtmlBlocks;
import com.flagmark.ingest.text.RawBlock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds a government document's header table above its text: the table of 索引号, 发文机关,
 * 成文日期, 发文字号 that a portal prints before the headline. It belongs to the document's body,
 * and it says when the document was written and published. A law or resolution says under its
 * title, in brackets, when it was adopted.
 */
final class PageDocumentHeader {

    private static final Pattern LABELS = Pattern.compile("索引号|发文机关|发文字号|文号|成文日期|发布日期|主题分类|信息分类|主题词|有效性");
    private static final int FEWEST_LABELS = 3;
    /** A line in brackets under a document's title that says when it was adopted or issued. */
    private static final Pattern ADOPTED = Pattern.compile(
            "^[（(][^（）()]{0,80}?(?:通过|批准|发布|公布|印发)[^（）()]{0,40}[）)]$");
    /** How many levels above the article the table may sit beside it. */
    private static final int LEVELS = 3;

    private PageDocumentHeader() {
    }

    /** The header table before the article, if the page prints one. */
    static Optional<Element> before(Element content) {
        Element level = content;
        for (int i = 0; i < LEVELS && level.parent() != null; i++, level = level.parent()) {
            for (Element sibling = level.previousElementSibling(); sibling != null;
                    sibling = sibling.previousElementSibling()) {
                Element table = sibling.is("table") ? sibling : sibling.selectFirst("table");
                if (table != null && labels(table.text()) >= FEWEST_LABELS) {
                    return Optional.of(table);
                }
            }
        }
        return Optional.empty();
    }

    /** The table's cells, a line each, as the document's first lines. */
    static List<RawBlock> lines(Element table) {
        return HtmlBlocks.of(table);
    }

    /** The date the table says the document was published on (发布日期). */
    static Optional<Dates.Found> published(Element table) {
        return dateAfter(table, "发布日期");
    }

    /** The date the table says the document was written on (成文日期). */
    static Optional<Dates.Found> written(Element table) {
        return dateAfter(table, "成文日期");
    }

    /**
     * The day a document's first line says, in brackets, it was adopted or issued on, as laws and
     * resolutions print it under their title: "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）".
     */
    static Optional<Dates.Found> adoptedOn(String firstLine) {
        String line = firstLine.strip();
        return ADOPTED.matcher(line).matches() ? Dates.find(line).filter(date -> date.start() <= 1) : Optional.empty();
    }

    private static Optional<Dates.Found> dateAfter(Element table, String label) {
        String text = Whitespace.normalize(table.text());
        int at = text.indexOf(label);
        return at < 0 ? Optional.empty()
                : Dates.find(text.substring(at + label.length())).filter(date -> date.start() <= 3);
    }

    private static int labels(String text) {
        Matcher matcher = LABELS.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
