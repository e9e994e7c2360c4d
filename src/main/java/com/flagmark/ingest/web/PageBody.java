package com.flagmark.ingest.web;

import com.flagmark.ingest.text.RawBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the lines of the element holding an article into its body: furniture lines go, the
 * headline repeated at the top goes (even when broken over several lines), stray counters
 * without a letter at either end go, and metadata lines (date, source, bylines, editor
 * credits) are taken out and kept apart as bylines. A paragraph the page prints a second time
 * (a page showing the article twice) is kept once. Everything from the heading of a related
 * list or of comments onwards is cut.
 */
final class PageBody {

    /**
     * The body and the metadata lines found in it.
     *
     * @param opening bylines found before the first body line
     * @param closing bylines found after it
     */
    record Assembled(List<RawBlock> lines, List<PageBylines.Byline> opening, List<PageBylines.Byline> closing) {
    }

    private static final int MAX_HEADLINE_LINES = 4;
    /** Shorter lines (a subhead, 图片) may well be printed twice on purpose. */
    private static final int MIN_REPEATED_PARAGRAPH = 30;

    private PageBody() {
    }

    /** Assembles the body from the content's raw lines, given the headline if known. */
    static Assembled of(List<RawBlock> raw, Optional<String> headline) {
        List<RawBlock> lines = new ArrayList<>();
        List<PageBylines.Byline> opening = new ArrayList<>();
        List<PageBylines.Byline> closing = new ArrayList<>();
        Set<String> paragraphs = new HashSet<>();
        int headlineEnd = brokenHeadlineEnd(raw, headline);
        for (int i = 0; i < raw.size(); i++) {
            RawBlock line = raw.get(i);
            String text = line.text();
            if (!lines.isEmpty() && PageChrome.opensRelatedList(text)) {
                break;
            }
            if (PageChrome.isChrome(text)) {
                PageBylines.read(text).map(PageBylines.Byline::creditsOnly)
                        .ifPresent((lines.isEmpty() ? opening : closing)::add);
                continue;
            }
            if (isPrintedAgain(text, paragraphs)) {
                continue;
            }
            Optional<PageBylines.Byline> byline = PageBylines.read(text);
            if (byline.isPresent()) {
                (lines.isEmpty() ? opening : closing).add(byline.get());
            } else if (i >= headlineEnd
                    && !(lines.isEmpty() && (repeatsHeadline(line, headline) || !hasLetter(text)))) {
                lines.add(line);
            }
        }
        while (!lines.isEmpty() && !hasLetter(lines.get(lines.size() - 1).text())) {
            lines.remove(lines.size() - 1);
        }
        return new Assembled(List.copyOf(lines), List.copyOf(opening), List.copyOf(closing));
    }

    /**
     * Returns the index after the lines at the top that together spell the headline, as when a
     * page breaks its headline over several lines; 0 when the top lines are not the headline.
     */
    private static int brokenHeadlineEnd(List<RawBlock> raw, Optional<String> headline) {
        String wanted = headline.map(PageBody::compact).orElse("");
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < raw.size() && i < MAX_HEADLINE_LINES && !wanted.isEmpty(); i++) {
            spelled.append(compact(raw.get(i).text()));
            if (spelled.toString().equals(wanted)) {
                return i + 1;
            }
            if (!wanted.startsWith(spelled.toString())) {
                return 0;
            }
        }
        return 0;
    }

    /** Tells whether a long paragraph was already in the body; remembers it if not. */
    private static boolean isPrintedAgain(String text, Set<String> paragraphs) {
        String compact = compact(text);
        return compact.length() >= MIN_REPEATED_PARAGRAPH && !paragraphs.add(compact);
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Tells whether a line repeats the headline, allowing for spacing and a shortened form. */
    static boolean repeatsHeadline(RawBlock line, Optional<String> headline) {
        if (headline.isEmpty()) {
            return false;
        }
        String compactLine = compact(line.text());
        String compactHeadline = compact(headline.get());
        if (compactLine.equals(compactHeadline)) {
            return true;
        }
        return line.hint() == RawBlock.Hint.HEADING && compactLine.length() >= 6
                && compactHeadline.contains(compactLine);
    }

    private static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }
}
