package com.flagmark.nlp.cue;

import com.flagmark.model.Article;
import com.flagmark.model.BlockKind;
import com.flagmark.nlp.BlockMap;
import com.flagmark.nlp.SegmentedText;
import com.flagmark.nlp.Tier;
import com.flagmark.nlp.cue.CueLexicon.CuedCode;
import com.flagmark.nlp.cue.CueLexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the measures an article mentions: each word that is a cue word of a measure code, matched
 * exactly after segmentation, so that 排名 in 安排名单 is no cue. A cue in a heading or a slogan
 * is low tier; in a sentence, high. A cue that is the first part of a name (红旗汽车, 红旗区,
 * 红旗岭农场) is no measure, nor is 排名 stating a rank (在全国排名第15位). A synonym of a cue
 * word (集体开工 for 集中开工) counts as the cue.
 */
public final class MeasureFinder {

    /** Words that make the cue before them part of a name: a brand, a place, an institution. */
    private static final Set<String> NAME_ENDINGS = Set.of("汽车", "轿车", "牌", "渠", "区", "县", "镇", "乡", "村",
            "街道", "路", "街", "大街", "大道", "社区", "小区", "公司", "集团", "厂", "小学", "中学", "大学", "学校",
            "医院", "广场", "酒店", "宾馆", "商场", "超市", "站", "桥", "中心", "杯", "岭", "山", "庄", "屯", "农场",
            "林场", "水库", "公园");

    private final CueLexicon lexicon;

    public MeasureFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Returns the measures of {@code article}, in text order.
     *
     * @param words the article's canonical text as a segmenter with the lexicon's words cut it
     * @throws IllegalArgumentException if {@code words} is not the article's text
     */
    public List<MeasureMention> find(Article article, SegmentedText words) {
        String text = words.text();
        if (!text.equals(article.text())) {
            throw new IllegalArgumentException("The words are not of this article's text");
        }
        BlockMap blocks = BlockMap.of(article.blocks());
        String title = article.title().orElse("");
        List<MeasureMention> found = new ArrayList<>();
        for (int i = 0; i < words.words().size(); i++) {
            Optional<CueAt> cue = cueAt(words, i);
            if (cue.isEmpty() || startsAName(words, cue.get().last()) || Ranks.isARankStated(words, i)) {
                continue;
            }
            int start = words.charStart(i);
            int charEnd = words.charEnd(cue.get().last());
            BlockKind kind = blocks.kind(blocks.blockAt(start));
            if (kind == BlockKind.BYLINE || kind == BlockKind.DATELINE) {
                continue;
            }
            Tier tier = kind == BlockKind.HEADING || Slogans.isSloganLike(text, start, charEnd, title)
                    ? Tier.LOW : Tier.HIGH;
            int end = words.words().get(cue.get().last()).end();
            for (CuedCode code : cue.get().codes()) {
                found.add(new MeasureMention(code.code(), words.words().get(i).start(), end,
                        text.substring(start, charEnd), cue.get().cue(), tier));
            }
        }
        return found;
    }

    /**
     * A cue word found at a word: the cue (a synonym's cue word), its measure codes, and the index
     * of the last word it takes.
     */
    private record CueAt(String cue, List<CuedCode> codes, int last) {
    }

    /**
     * Returns the cue that begins at the word with this index: the word itself, or a synonym of
     * a cue word cut into several words (集体|开工, 帮助|企业|解决), which the segmenter does not
     * keep whole.
     */
    private Optional<CueAt> cueAt(SegmentedText words, int index) {
        String word = words.words().get(index).text();
        List<CuedCode> codes = lexicon.codesOf(word, Kind.MEASURE);
        if (!codes.isEmpty()) {
            return Optional.of(new CueAt(word, codes, index));
        }
        StringBuilder run = new StringBuilder(word);
        for (int next = index + 1; MeasureSynonyms.startsASynonym(run.toString()) && next < words.words().size()
                && next - index < MeasureSynonyms.LONGEST_RUN && words.charStart(next) == words.charEnd(next - 1);
                next++) {
            run.append(words.words().get(next).text());
            Optional<String> cue = MeasureSynonyms.cueOf(run.toString());
            List<CuedCode> cued = cue.map(synonymOf -> lexicon.codesOf(synonymOf, Kind.MEASURE)).orElse(List.of());
            if (!cued.isEmpty()) {
                return Optional.of(new CueAt(cue.get(), cued, next));
            }
        }
        return Optional.empty();
    }

    private static boolean startsAName(SegmentedText words, int index) {
        return index + 1 < words.words().size()
                && words.charStart(index + 1) == words.charEnd(index)
                && NAME_ENDINGS.contains(words.words().get(index + 1).text());
    }
}
