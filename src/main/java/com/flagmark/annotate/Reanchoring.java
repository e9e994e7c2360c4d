package com.flagmark.annotate;

import com.flagmark.model.Anchor;
import com.flagmark.model.CanonicalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an anchor again in a text that was cleaned anew: where the quote still stands at the
 * same offsets the anchor is kept; otherwise each place the quote occurs is scored by how much
 * of the prefix and suffix surround it, and by its distance from the old offsets. An anchor
 * whose quote is gone cannot be placed: the caller keeps the annotation and flags it.
 */
public final class Reanchoring {

    private Reanchoring() {
    }

    /** Returns the anchor in the new text, or empty if its quote no longer occurs there. */
    public static Optional<Anchor> find(Anchor anchor, String text) {
        if (Anchors.fits(text, anchor)) {
            return Optional.of(Anchors.of(text, anchor.start(), anchor.end()));
        }
        List<Integer> places = occurrences(text, anchor.exact());
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int place : places) {
            double score = score(text, place, anchor);
            if (score > bestScore) {
                bestScore = score;
                best = place;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int start = best;
        return Optional.of(Anchors.of(text, start, start + CanonicalText.length(anchor.exact())));
    }

    private static double score(String text, int start, Anchor anchor) {
        int end = start + CanonicalText.length(anchor.exact());
        return sharedContext(Anchors.of(text, start, end), anchor) - Math.abs(start - anchor.start()) / 1_000_000.0;
    }

    /**
     * Returns how many characters of context two anchors of the same quote share: the end of
     * their prefixes and the start of their suffixes.
     */
    public static int sharedContext(Anchor found, Anchor wanted) {
        return commonSuffix(found.prefix(), wanted.prefix()) + commonPrefix(found.suffix(), wanted.suffix());
    }

    /** The code-point offsets at which {@code quote} occurs in {@code text}. */
    private static List<Integer> occurrences(String text, String quote) {
        List<Integer> places = new ArrayList<>();
        int from = text.indexOf(quote);
        while (from >= 0) {
            places.add(CanonicalText.offsetOf(text, from));
            from = text.indexOf(quote, from + 1);
        }
        return places;
    }

    private static int commonSuffix(String a, String b) {
        int count = 0;
        while (count < a.length() && count < b.length()
                && a.charAt(a.length() - 1 - count) == b.charAt(b.length() - 1 - count)) {
            count++;
        }
        return count;
    }

    private static int commonPrefix(String a, String b) {
        int count = 0;
        while (count < a.length() && count < b.length() && a.charAt(count) == b.charAt(count)) {
            count++;
        }
        return count;
    }
}
