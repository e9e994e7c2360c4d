package com.flagmark.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.List;

/**
 * Word segmentation with HanLP's dictionary-based Viterbi segmenter and the models inside its
 * portable jar. The dictionaries load on first use (about a second), so importing files that
 * never need segmentation pays nothing.
 */
public final class HanlpSegmenter implements WordSegmenter {

    private static final HanlpSegmenter INSTANCE = new HanlpSegmenter();

    private volatile Segment segment;

    private HanlpSegmenter() {
    }

    /** Returns the shared segmenter. */
    public static HanlpSegmenter get() {
        return INSTANCE;
    }

    @Override
    public List<String> segment(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return engine().seg(text).stream().map(term -> term.word).toList();
    }

    private Segment engine() {
        Segment current = segment;
        if (current == null) {
            synchronized (this) {
                current = segment;
                if (current == null) {
                    current = HanLP.newSegment()
                            .enableNameRecognize(false)
                            .enablePlaceRecognize(false)
                            .enableOrganizationRecognize(false)
                            .enablePartOfSpeechTagging(false);
                    segment = current;
                }
            }
        }
        return current;
    }
}
