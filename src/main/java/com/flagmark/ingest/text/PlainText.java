package com.flagmark.ingest.text;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.decode.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text, such as an e-paper page, into lines, and the headline and header line that
 * open a single article: "赢取“开门红”…金华全力保障用工先行" over "2022-03-01 16:59:26 金华市人民政府".
 */
final class PlainText {

    private static final int HEADER_SEARCH = 5;

    private PlainText() {
    }

    /** Returns the non-blank lines, whitespace normalised. */
    static List<RawBlock> lines(String text) {
        List<RawBlock> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String normalized = Whitespace.normalize(line);
            if (!normalized.isEmpty()) {
                lines.add(RawBlock.plain(normalized));
            }
        }
        return lines;
    }

    /**
     * Reads a headline followed by a header line of date and source off the top of the lines,
     * into the draft, and returns the lines after them. Lines without such a header come back
     * unchanged, leaving headlines to the story splitter.
     */
    static List<RawBlock> readHeader(List<RawBlock> lines, ArticleDraft draft) {
        int start = 0;
        while (start < lines.size() && Chrome.isChrome(lines.get(start).text())) {
            start++;
        }
        int header = start;
        while (header < Math.min(lines.size(), start + HEADER_SEARCH) && isHeadline(lines.get(header).text())
                && !BodyMetadata.isHeaderLine(lines.get(header).text())) {
            header++;
        }
        if (header == start || header >= lines.size() || !BodyMetadata.isHeaderLine(lines.get(header).text())) {
            return lines;
        }
        List<String> headline = lines.subList(start, header).stream().map(RawBlock::text).toList();
        draft.title(headline.get(headline.size() - 1));
        if (headline.size() > 1) {
            draft.kicker(String.join(" ", headline.subList(0, headline.size() - 1)));
        }
        BodyMetadata.readHeaderLine(lines.get(header).text(), draft);
        return lines.subList(header + 1, lines.size());
    }

    private static boolean isHeadline(String line) {
        return line.codePointCount(0, line.length()) <= 60 && !LineRepair.endsSentence(line) && !line.contains("。");
    }
}
