package com.flagmark.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpSegmentsTest {

    /** 高质量 and 新能源 are words of HanLP's shipped custom dictionary, not of its core one. */
    private static final String TEXT = "推动高质量发展，建设新能源项目";

    @Test
    void aSegmenterWithWordsOfItsOwnCutsTheShippedWordsApart() {
        BinTrie<CoreDictionary.Attribute> own = new BinTrie<>();
        own.put("工作专班", new CoreDictionary.Attribute(Nature.nz, 1));

        List<String> words = words(HanlpSegments.with(new DynamicCustomDictionary(NoWords.INSTANCE, own, null)));

        assertThat(words).doesNotContain("高质量", "新能源");
    }

    @Test
    void aSegmenterWithTheShippedWordsKeepsThemWhole() {
        assertThat(words(HanlpSegments.with(HanlpSegments.shippedWords()))).contains("高质量", "新能源");
    }

    @Test
    void theSharedSegmenterKeepsTheShippedWordsWhole() {
        assertThat(HanlpSegmenter.get().segment(TEXT)).contains("高质量", "新能源");
    }

    @Test
    void hanlpsDefaultDictionaryHoldsNoWordOnceSegmentsAreMadeHere() {
        HanlpSegments.with(HanlpSegments.shippedWords());

        assertThat(CustomDictionary.DEFAULT.get("高质量")).isNull();
        assertThat(HanlpSegments.shippedWords().get("高质量")).isNotNull();
    }

    private static List<String> words(Segment segment) {
        return segment.enablePartOfSpeechTagging(false).seg(TEXT).stream().map(term -> term.word).toList();
    }
}
