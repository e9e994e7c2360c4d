package com.flagmark.nlp;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * A double-array trie that holds no word, with arrays just long enough for a segmenter's first
 * step from its root on any character, where it finds none. One serves every segmenter.
 */
final class NoWords extends DoubleArrayTrie<CoreDictionary.Attribute> {

    static final NoWords INSTANCE = new NoWords();

    private NoWords() {
        int firstStepOnAnyCharacter = Character.MAX_VALUE + 2;
        base = new int[firstStepOnAnyCharacter + 1];
        check = new int[firstStepOnAnyCharacter + 1];
    }
}
