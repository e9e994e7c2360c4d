package com.flagmark.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Article;
import com.flagmark.model.Code;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanlpSegmenterTest {

    private static final String TASK_FORCE = "适时建立市县两级工作专班，共同推进重点产业招商";

    @Test
    void aCueWordComesOutWhole() {
        assertThat(HanlpSegmenter.withWords(List.of("工作专班")).segment(TASK_FORCE)).contains("工作专班");
    }

    @Test
    void cueWordsLeaveTheSharedSegmenterAsItWas() {
        List<String> before = HanlpSegmenter.get().segment(TASK_FORCE + "。对后进的亮黄旗，市领导约谈主要负责人。");

        HanlpSegmenter.withWords(List.of("工作专班", "亮黄旗", "约谈", "开门红")).segment(TASK_FORCE);

        assertThat(HanlpSegmenter.get().segment(TASK_FORCE + "。对后进的亮黄旗，市领导约谈主要负责人。"))
                .isEqualTo(before)
                .doesNotContain("工作专班", "亮黄旗");
    }

    @Test
    void aCueWordInsideALongerWordIsNotForcedOut() {
        HanlpSegmenter segmenter = HanlpSegmenter.withWords(List.of("留工", "到岗", "排名"));

        assertThat(segmenter.segment("保留工作岗位")).containsExactly("保留", "工作", "岗位");
        assertThat(segmenter.segment("安排名单")).containsExactly("安排", "名单");
    }

    @Test
    void wordsCountCodePoints() {
        SegmentedText words = HanlpSegmenter.withWords(List.of("工作专班")).words("𠮷市工作专班");

        assertThat(words.words()).contains(new Word("工作专班", 2, 6));
        assertThat(words.charStart(words.wordAt(3))).isEqualTo(3);
    }

    @Test
    void noWordEndsInsideACharacterOfTwoUnits() {
        SegmentedText words = SegmentedText.of("𠮷市", line -> List.of("\uD842", "\uDFB7", "市"));

        assertThat(words.words()).containsExactly(new Word("𠮷", 0, 1), new Word("市", 1, 2));
    }

    @Test
    void noWordRunsAcrossALineBreak() {
        SegmentedText words = HanlpSegmenter.withWords(List.of("工作专班")).words("成立工作\n专班");

        assertThat(words.words()).extracting(Word::text).doesNotContain("工作专班");
        assertThat(words.words()).allMatch(word -> word.end() <= 4 || word.start() >= 5);
        assertThat(words.wordAt(4)).isEqualTo(-1);
    }

    @Test
    void newWordsTakeEffectInANewSegmenter() {
        String text = "各乡镇召开“收心微晨会”";

        assertThat(HanlpSegmenter.withWords(List.of("工作专班")).segment(text)).doesNotContain("收心微晨会");
        assertThat(HanlpSegmenter.withWords(List.of("工作专班", "收心微晨会")).segment(text)).contains("收心微晨会");
    }

    /**
     * Wherever HanLP's own words line up with a cue word of the default codebook in the sample
     * articles, the cue segmenter gives it within one word: itself, or a longer cue word such as
     * 工作专班 around 专班.
     */
    @Test
    void noDefaultCueWordIsSplitInTheSampleArticles(@TempDir Path folder) throws IOException {
        Set<String> cues = new TreeSet<>();
        for (Code code : SampleTexts.defaultCodebook(folder)) {
            cues.addAll(code.cues());
        }
        HanlpSegmenter segmenter = HanlpSegmenter.withWords(cues);
        List<String> split = new ArrayList<>();
        int whole = 0;
        for (Article article : SampleTexts.articles()) {
            SegmentedText plain = HanlpSegmenter.get().words(article.text());
            SegmentedText cut = segmenter.words(article.text());
            for (String cue : cues) {
                for (int at = article.text().indexOf(cue); at >= 0; at = article.text().indexOf(cue, at + 1)) {
                    if (plain.isBoundary(at) && plain.isBoundary(at + cue.length())) {
                        int word = cut.wordAt(at);
                        if (cut.charEnd(word) >= at + cue.length()) {
                            whole++;
                        } else {
                            split.add(cue + " at " + at);
                        }
                    }
                }
            }
        }
        assertThat(split).isEmpty();
        assertThat(whole).isGreaterThan(100);
    }

    /**
     * The cue words kept in a trie that grows with them cut every sample article into the same
     * words as the same words built into HanLP's double-array trie, the structure the segmenter
     * used before: the two are walked the same way, the longest run of whole words first.
     */
    @Test
    void cueWordsCutTheSampleArticlesAsADoubleArrayTrieOfThemDoes(@TempDir Path folder) throws IOException {
        Set<String> cues = new TreeSet<>();
        for (Code code : SampleTexts.defaultCodebook(folder)) {
            cues.addAll(code.cues());
        }
        TreeMap<String, CoreDictionary.Attribute> entries = new TreeMap<>();
        cues.forEach(cue -> entries.put(cue, new CoreDictionary.Attribute(Nature.nz, 1)));
        DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
        trie.build(entries);
        Segment reference = HanlpSegments.with(new DynamicCustomDictionary(trie, new BinTrie<>(), null))
                .enableNameRecognize(false).enablePlaceRecognize(false)
                .enableOrganizationRecognize(false).enablePartOfSpeechTagging(false);
        HanlpSegmenter segmenter = HanlpSegmenter.withWords(cues);
        int texts = 0;
        for (Article article : SampleTexts.articles()) {
            List<String> expected = reference.seg(article.text()).stream().map(term -> term.word).toList();
            assertThat(segmenter.segment(article.text())).as(article.title().orElse("")).isEqualTo(expected);
            texts++;
        }
        assertThat(texts).isGreaterThan(10);
    }
}
