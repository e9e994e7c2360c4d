package com.flagmark.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * Makes HanLP's segmenters without reading HanLP's shipped custom dictionary (names, terms and
 * phrases by the hundred thousand) for those that do not use it. HanLP gives every segmenter it
 * makes its default custom dictionary, read on first use, even one that is then given a
 * dictionary of its own, as the cue segmenter is: 25 MB allocated and about 20 ms of CPU before
 * the first word of an article opened is cut. Here the default holds no word, and the shipped
 * words are read once, when the first segmenter that uses them is made (the region finder's and
 * the importer's line repair).
 */
public final class HanlpSegments {

    /** Where HanLP reads its shipped custom dictionary from, kept before the default is emptied. */
    private static final String[] SHIPPED = HanLP.Config.CustomDictionaryPath;

    static {
        HanLP.Config.CustomDictionaryPath = null;
        // A default read before this class (by a segmenter made straight through HanLP) keeps its words.
        if (CustomDictionary.DEFAULT.path == null) {
            CustomDictionary.DEFAULT.dat = NoWords.INSTANCE;
        }
    }

    private HanlpSegments() {
    }

    /** Returns a new segmenter that reads only the given words beside HanLP's core dictionary. */
    public static Segment with(DynamicCustomDictionary words) {
        return HanLP.newSegment().enableCustomDictionary(words);
    }

    /** HanLP's shipped custom dictionary, the one HanLP gives a segmenter by default; read on the first call. */
    public static DynamicCustomDictionary shippedWords() {
        return ShippedWords.DICTIONARY;
    }

    /** HanLP's shipped custom dictionary, read when first asked for. */
    private static final class ShippedWords {

        static final DynamicCustomDictionary DICTIONARY = CustomDictionary.DEFAULT.path != null
                ? CustomDictionary.DEFAULT
                : new DynamicCustomDictionary(SHIPPED);
    }
}
