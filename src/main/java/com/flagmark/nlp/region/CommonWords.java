package com.flagmark.nlp.region;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Tells a short form that is mostly an ordinary word from one that is mostly a place, by HanLP's
 * core dictionary: 合作, 资源, 通道, 新建, 振兴 and 友好 are listed as verbs, nouns and adjectives
 * far more often than as places, so they are not taken as 合作市, 资源县, 通道侗族自治县, 新建区,
 * 振兴区 or 友好区; 济南 and 朝阳 are places first. Proper nouns that are not places (新华 as a
 * name) do not count as ordinary words.
 */
final class CommonWords {

    private CommonWords() {
    }

    /** Tells whether the dictionary uses {@code word} as an ordinary word more often than as a place. */
    static boolean isOrdinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        int place = 0;
        int ordinary = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            Nature nature = attribute.nature[i];
            if (nature.startsWith("ns")) {
                place += attribute.frequency[i];
            } else if (!nature.startsWith("nr") && !nature.startsWith("nz")) {
                ordinary += attribute.frequency[i];
            }
        }
        return ordinary > place;
    }
}
