package com.flagmark.ingest.text;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.decode.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads plain text, such as an e-paper page, into lines, and the headline and header line that
 * open a single article: "赢取“开门红”…金华全力保障用工先行" over "2022-03-01 16:59:26 金华市人民政府".
 */
final class PlainText {

    private static final int HEADER_SEARCH = 5;
    private static final int HEADLINE_LINES = 3;
    private static final Pattern LAYOUT_BULLET = Pattern.compile("^□+\\s*");
    private static final String JOINS_WITHOUT_SPACE = "，、：；“‘《（—";

    /**
     * A headline that opens a plain-text file on lines of its own, set off from the body by a
     * blank line.
     *
     * @param title the headline's lines read as one title
     * @param lines how many lines it takes
     */
    record Headline(String title, int lines) {
    }

    private PlainText() {
    }

    /**
     * Returns the non-blank lines, whitespace normalised. A leading "□" is an e-paper layout's
     * bullet before a byline or a paragraph, not text: it is dropped.
     */
    static List<RawBlock> lines(String text) {
        List<RawBlock> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String normalized = LAYOUT_BULLET.matcher(Whitespace.normalize(line)).replaceFirst("");
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

    /**
     * Reads the headline a plain-text file opens with: up to three short lines that end no
     * sentence, then a blank line and more text. A headline the page broke over lines reads as
     * one title: "以项目支撑高质量发展，" and "奋力实现首季开门红" run on, words set apart on
     * their own lines keep a space between them.
     */
    static Optional<Headline> headline(String text) {
        List<String> opening = new ArrayList<>();
        String[] rawLines = text.split("\n", -1);
        int i = 0;
        while (i < rawLines.length && Whitespace.normalize(rawLines[i]).isEmpty()) {
            i++;
        }
        for (; i < rawLines.length; i++) {
            String line = Whitespace.normalize(rawLines[i]);
            if (line.isEmpty()) {
                break;
            }
            opening.add(line);
        }
        boolean moreText = Arrays.stream(rawLines, Math.min(i, rawLines.length), rawLines.length)
                .anyMatch(line -> !Whitespace.normalize(line).isEmpty());
        if (opening.isEmpty() || opening.size() > HEADLINE_LINES || !moreText
                || !opening.stream().allMatch(PlainText::isTitleLine)) {
            return Optional.empty();
        }
        StringBuilder title = new StringBuilder(opening.get(0));
        for (String line : opening.subList(1, opening.size())) {
            char last = title.charAt(title.length() - 1);
            title.append(JOINS_WITHOUT_SPACE.indexOf(last) >= 0 ? "" : " ").append(line);
        }
        return Optional.of(new Headline(title.toString(), opening.size()));
    }

    private static boolean isTitleLine(String line) {
        return isHeadline(line) && !Chrome.isChrome(line) && !BodyMetadata.isHeaderLine(line)
                && Datelines.split(line).isEmpty() && Bylines.read(line).isEmpty();
    }

    private static boolean isHeadline(String line) {
        return line.codePointCount(0, line.length()) <= 60 && !LineRepair.endsSentence(line) && !line.contains("。");
    }
}
