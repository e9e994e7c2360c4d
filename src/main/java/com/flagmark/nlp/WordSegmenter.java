package com.flagmark.nlp;

import java.util.List;

/** Splits Chinese text into words. */
public interface WordSegmenter {

    /** Returns the words of {@code text} in order; joined, they give the text back. */
    List<String> segment(String text);

    /**
     * Returns the words of {@code text} with their offsets, each line cut on its own, so that
     * the finders of a suggestion pass can share one segmentation of an article.
     */
    default SegmentedText words(String text) {
        return SegmentedText.of(text, this::segment);
    }

    /**
     * Tells whether a word runs across the point where {@code left} ends and {@code right}
     * begins, as "山" + "东亚康" gives 山东. Only the ends of the two texts are looked at.
     */
    default boolean hasWordAcross(String left, String right) {
        String tail = left.substring(Math.max(0, left.length() - 6));
        String head = right.substring(0, Math.min(right.length(), 6));
        int boundary = tail.length();
        int position = 0;
        for (String word : segment(tail + head)) {
            int end = position + word.length();
            if (position < boundary && end > boundary) {
                return true;
            }
            position = end;
        }
        return false;
    }
}
