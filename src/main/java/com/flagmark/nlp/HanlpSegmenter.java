package com.flagmark.nlp;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word segmentation with HanLP's dictionary-based Viterbi segmenter and the models inside its
 * portable jar. The dictionaries load on first use (about a second), so importing files that
 * never need segmentation pays nothing.
 *
 * <p>The shared segmenter ({@link #get()}) uses HanLP's dictionaries as they ship. A segmenter
 * {@link #withWords made with words of its own}, such as the codebook's cue words, keeps them
 * in a dictionary that belongs to it alone, so the importer's line repair and every other
 * segmenter go on cutting text as before.
 */
public final class HanlpSegmenter implements WordSegmenter {

    private static final HanlpSegmenter INSTANCE = new HanlpSegmenter(Set.of());

    private final Set<String> ownWords;
    private volatile Segment segment;

    private HanlpSegmenter(Set<String> ownWords) {
        this.ownWords = ownWords;
    }

    /** Returns the shared segmenter, with HanLP's dictionaries only. */
    public static HanlpSegmenter get() {
        return INSTANCE;
    }

    /**
     * Returns a segmenter that never splits {@code words} where the text holds them as a run of
     * whole words: 工作专|班 comes out as 工作专班 once 工作专班 is one of them. A word that
     * would run into a longer word (排名 in 安排名单) is left as HanLP cuts it. Blank words are
     * ignored. Making one is cheap: the dictionaries load once, on first use of any segmenter.
     */
    public static HanlpSegmenter withWords(Collection<String> words) {
        Set<String> kept = new TreeSet<>();
        for (String word : words) {
            if (!word.isBlank() && word.indexOf('\n') < 0) {
                kept.add(word);
            }
        }
        return new HanlpSegmenter(Set.copyOf(kept));
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
                    current = HanlpSegments.with(ownWords.isEmpty() ? HanlpSegments.shippedWords() : ownDictionary())
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

    /**
     * A dictionary of this segmenter's words alone. HanLP's shipped custom dictionary (names,
     * terms and phrases by the hundred thousand) is left out: the finders that read these words
     * lose nothing without it, and segmenting is a fifth faster. The words go into HanLP's
     * {@link BinTrie}, which grows with them, not into a {@link DoubleArrayTrie}: building one
     * starts from arrays of 18 MB whatever the number of words, too large for the desktop app's
     * young generation, so each pass made left them in the old one until a full collection. The
     * segmenter merges words of either trie the same way (the longest run of whole words). Nor is
     * HanLP's shipped dictionary read for it (see {@link HanlpSegments}).
     */
    private DynamicCustomDictionary ownDictionary() {
        BinTrie<CoreDictionary.Attribute> words = new BinTrie<>();
        for (String word : ownWords) {
            words.put(word, new CoreDictionary.Attribute(Nature.nz, 1));
        }
        return new DynamicCustomDictionary(NoWords.INSTANCE, words, null);
    }
}
