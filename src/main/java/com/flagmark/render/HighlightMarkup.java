package com.flagmark.render;

import com.flagmark.render.Segments.Segment;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a block's text as runs of highlighted and plain text. A highlighted run is a
 * {@code <span class="fm-hl" data-ann="3 7">} naming the highlights over it, innermost first.
 * The innermost one fills the run with its colour; each of the others draws a thin line of its
 * colour below the run, the next innermost nearest the text, so nested and crossing highlights
 * all stay visible. The colours' strength per theme is the style sheet's business.
 */
final class HighlightMarkup {

    /** How many highlights under the innermost one a run draws lines for; deeper ones stay clickable. */
    static final int MAX_LINES = 3;
    /** The thickness of a line and of the gap below it, in hundredths of an em. */
    private static final int LINE = 12;
    private static final int GAP = 6;

    private HighlightMarkup() {
    }

    /** Appends a block's segments; the text written is the block's text, escaped. */
    static void write(List<Segment> segments, StringBuilder html) {
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.covering().isEmpty()) {
                html.append(ReaderHtml.escape(segment.text()));
                continue;
            }
            html.append("<span class=\"fm-hl");
            if (isSelected(segment)) {
                html.append(" fm-sel");
                if (i == 0 || !isSelected(segments.get(i - 1))) {
                    html.append(" fm-sel-start");
                }
                if (i == segments.size() - 1 || !isSelected(segments.get(i + 1))) {
                    html.append(" fm-sel-end");
                }
            }
            html.append("\" data-ann=\"").append(ids(segment.covering())).append("\" style=\"");
            style(segment.covering(), html);
            html.append("\">").append(ReaderHtml.escape(segment.text())).append("</span>");
        }
    }

    private static boolean isSelected(Segment segment) {
        return segment.covering().stream().anyMatch(Highlight::selected);
    }

    private static String ids(List<Highlight> covering) {
        return covering.stream().map(highlight -> Long.toString(highlight.id())).collect(Collectors.joining(" "));
    }

    /**
     * The fill of the innermost highlight, then the lines as box shadows below the run: a shadow
     * is drawn only outside the run's box, so lines neither cover the text nor change the layout.
     * Each line is followed by a gap in the page's colour, so two lines of one colour stay two.
     */
    private static void style(List<Highlight> covering, StringBuilder html) {
        html.append("--fm-fill:").append(covering.get(0).rgb());
        int lines = Math.min(MAX_LINES, covering.size() - 1);
        if (lines == 0) {
            return;
        }
        html.append(";--fm-lines:");
        for (int line = 0; line < lines; line++) {
            int top = line * (LINE + GAP);
            if (line > 0) {
                html.append(",0 ").append(em(top)).append(" 0 var(--fm-page),");
            }
            html.append("0 ").append(em(top + LINE)).append(" 0 rgba(").append(covering.get(line + 1).rgb())
                    .append(",var(--fm-line-alpha))");
        }
    }

    /** Writes hundredths of an em without going through floating point or the locale. */
    private static String em(int hundredths) {
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100 + "em";
    }
}
