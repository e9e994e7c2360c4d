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
 *
 * <p>Suggestions are marked apart: a run under one or more carries {@code fm-sug} and
 * {@code data-sug="12 15"}, and the colour of its innermost suggestion as {@code --fm-sl} and
 * {@code --fm-sd}; the run under the selected suggestion also carries {@code fm-sug-sel}. A run
 * under annotations and suggestions is one span carrying both.
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
            List<Highlight> annotations = of(segment, false);
            List<Highlight> suggestions = of(segment, true);
            if (annotations.isEmpty() && suggestions.isEmpty()) {
                html.append(ReaderHtml.escape(segment.text()));
                continue;
            }
            int lines = Math.max(0, Math.min(MAX_LINES, annotations.size() - 1));
            html.append("<span class=\"");
            if (!annotations.isEmpty()) {
                html.append("fm-hl");
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
            }
            if (!suggestions.isEmpty()) {
                html.append(annotations.isEmpty() ? "" : " ").append("fm-sug");
                if (suggestions.stream().anyMatch(Highlight::selected)) {
                    html.append(" fm-sug-sel");
                }
            }
            html.append('"');
            if (!annotations.isEmpty()) {
                html.append(" data-ann=\"").append(ids(annotations)).append('"');
            }
            if (!suggestions.isEmpty()) {
                html.append(" data-sug=\"").append(ids(suggestions)).append('"');
            }
            html.append(" style=\"");
            for (int colour = 0; colour <= lines && colour < annotations.size(); colour++) {
                Highlight highlight = annotations.get(colour);
                html.append(colour == 0 ? "" : ";").append("--fm-l").append(colour).append(':').append(rgb(highlight, false))
                        .append(";--fm-d").append(colour).append(':').append(rgb(highlight, true));
            }
            if (!suggestions.isEmpty()) {
                Highlight innermost = suggestions.get(0);
                html.append(annotations.isEmpty() ? "" : ";").append("--fm-sl:").append(rgb(innermost, false))
                        .append(";--fm-sd:").append(rgb(innermost, true));
            }
            html.append("\">").append(ReaderHtml.escape(segment.text())).append("</span>");
        }
    }

    private static List<Highlight> of(Segment segment, boolean suggested) {
        return segment.covering().stream().filter(highlight -> highlight.suggested() == suggested).toList();
    }

    private static boolean isSelected(Segment segment) {
        return of(segment, false).stream().anyMatch(Highlight::selected);
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
