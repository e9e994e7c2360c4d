package com.flagmark.render;

import com.flagmark.model.CanonicalText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Splits a block's text at every boundary of the highlights that touch it, so that each run of
 * text is covered by the same highlights throughout. Overlapping and nested highlights then need
 * no nested markup: each run carries the ids of all highlights over it.
 */
final class Segments {

    /**
     * The order in which a run lists its highlights: the innermost (shortest) first, so that a
     * click on the run names the most specific annotation first.
     */
    static final Comparator<Highlight> INNERMOST_FIRST = Comparator.comparingInt(Highlight::length)
            .thenComparing(Comparator.comparingInt(Highlight::start).reversed())
            .thenComparingLong(Highlight::id);

    /**
     * A run of a block's text.
     *
     * @param start its start in code points of the canonical text
     * @param end its end in code points of the canonical text
     * @param covering the highlights over it, innermost first; empty for plain text
     */
    record Segment(int start, int end, String text, List<Highlight> covering) {

        Segment {
            covering = List.copyOf(covering);
        }
    }

    private Segments() {
    }

    /**
     * Splits the text of a block that starts at code point {@code blockStart} of the canonical
     * text. The segments' texts put together give the block's text unchanged; a highlight that
     * reaches beyond the block covers only its part inside it.
     */
    static List<Segment> of(String text, int blockStart, List<Highlight> highlights) {
        int blockEnd = blockStart + CanonicalText.length(text);
        List<Highlight> touching = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(blockStart, blockEnd));
        for (Highlight highlight : highlights) {
            if (highlight.start() < blockEnd && highlight.end() > blockStart) {
                touching.add(highlight);
                cuts.add(Math.max(blockStart, highlight.start()));
                cuts.add(Math.min(blockEnd, highlight.end()));
            }
        }
        List<Segment> segments = new ArrayList<>(cuts.size() - 1);
        int from = cuts.first();
        for (int to : cuts.tailSet(from, false)) {
            segments.add(new Segment(from, to, CanonicalText.slice(text, from - blockStart, to - blockStart),
                    covering(touching, from, to)));
            from = to;
        }
        return segments;
    }

    private static List<Highlight> covering(List<Highlight> touching, int start, int end) {
        List<Highlight> covering = new ArrayList<>();
        for (Highlight highlight : touching) {
            if (highlight.start() <= start && highlight.end() >= end) {
                covering.add(highlight);
            }
        }
        covering.sort(INNERMOST_FIRST);
        return covering;
    }
}
