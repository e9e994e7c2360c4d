package com.flagmark.render;

import com.flagmark.render.Segments.Segment;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a block's text as runs of highlighted and plain text. A highlighted run is a
 * {@code <span class="fm-hl" data-ann="3 7">} naming the highlights over it, innermost first.
 * The innermost one fills the run with its colour; each of the others draws a thin line of its
 * colour below the run, the next innermost nearest the text, so nested and crossing highlights
 * all stay visible. The run carries its colours, for the light and the dark theme, as custom
 * properties; how they are drawn is the style sheet's business ({@code reader.css}).
 */
final class HighlightMarkup {

    /** How many highlights under the innermost one a run draws lines for; deeper ones stay clickable. */
    static final int MAX_LINES = 3;

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
            int lines = Math.min(MAX_LINES, segment.covering().size() - 1);
            html.append("<span class=\"fm-hl");
            if (lines > 0) {
                html.append(" fm-lines").append(lines);
            }
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
            for (int colour = 0; colour <= lines; colour++) {
                Highlight highlight = segment.covering().get(colour);
                html.append(colour == 0 ? "" : ";").append("--fm-l").append(colour).append(':').append(rgb(highlight, false))
                        .append(";--fm-d").append(colour).append(':').append(rgb(highlight, true));
            }
            html.append("\">").append(ReaderHtml.escape(segment.text())).append("</span>");
        }
    }

    private static boolean isSelected(Segment segment) {
        return segment.covering().stream().anyMatch(Highlight::selected);
    }

    private static String ids(List<Highlight> covering) {
        return covering.stream().map(highlight -> Long.toString(highlight.id())).distinct()
                .collect(Collectors.joining(" "));
    }

    /**
     * Returns a highlight's colour as the {@code r,g,b} triple CSS's {@code rgba()} takes. On the
     * dark page the colour is lifted a third of the way to white, so dark codebook colours (navy,
     * purple) still show against it.
     */
    private static String rgb(Highlight highlight, boolean dark) {
        int value = Integer.parseInt(highlight.colour().substring(1), 16);
        int[] channels = {value >> 16, value >> 8 & 0xFF, value & 0xFF};
        StringBuilder rgb = new StringBuilder(12);
        for (int channel : channels) {
            rgb.append(rgb.isEmpty() ? "" : ",").append(dark ? channel + (255 - channel) / 3 : channel);
        }
        return rgb.toString();
    }
}
