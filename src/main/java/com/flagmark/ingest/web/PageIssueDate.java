package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Dates;
import com.flagmark.ingest.text.RawBlock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the issue date an e-paper prints in its navigation above a story, "2020年03月05日 星期四"
 * beside the links to the paper's pages (第01版：要闻) or issues (上一期, 往期回顾): the story
 * appeared in that issue. Only an e-paper's navigation is read, since a portal's top bar shows
 * the day the page was saved with its weekday too.
 */
final class PageIssueDate {

    private static final Pattern WEEKDAY = Pattern.compile("^\\s*(?:星期|周)[一二三四五六日天]");
    private static final Pattern EPAPER = Pattern.compile("第\\s*[A-Za-z]?\\d{1,3}\\s*版|上一期|下一期|往期|版面导航");
    /** How many lines before the article the navigation may take. */
    private static final int LINES = 30;

    private PageIssueDate() {
    }

    /** The issue's date, if an e-paper's navigation before {@code content} prints one with its weekday. */
    static Optional<Dates.Found> before(Element content) {
        List<RawBlock> lines = PageNeighbourhood.before(content, LINES);
        if (lines.stream().noneMatch(line -> EPAPER.matcher(line.text()).find())) {
            return Optional.empty();
        }
        for (RawBlock line : lines) {
            for (Dates.Found date : Dates.findAll(line.text())) {
                if (WEEKDAY.matcher(line.text().substring(date.end())).lookingAt()) {
                    return Optional.of(date);
                }
            }
        }
        return Optional.empty();
    }
}
