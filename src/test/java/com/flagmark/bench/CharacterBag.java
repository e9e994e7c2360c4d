package com.flagmark.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Compares two texts as bags of characters: the multiset of their non-whitespace code points,
 * so that where a paragraph breaks or a space falls does not count, but every character kept or
 * lost does.
 */
final class CharacterBag {

    private CharacterBag() {
    }

    /**
     * Precision (the share of the found text's characters that the gold has), recall (the share of
     * the gold's characters found) and their harmonic mean.
     */
    record Score(double precision, double recall, double f1) {
    }

    /**
     * Scores {@code found} against {@code gold}. Nothing found where the gold has text scores 0 on
     * all three; nothing found where the gold has none scores 1.
     */
    static Score score(String found, String gold) {
        Map<Integer, Integer> foundBag = bag(found);
        Map<Integer, Integer> goldBag = bag(gold);
        long foundSize = size(foundBag);
        long goldSize = size(goldBag);
        if (foundSize == 0 || goldSize == 0) {
            double same = foundSize == goldSize ? 1 : 0;
            return new Score(same, same, same);
        }
        long shared = 0;
        for (Map.Entry<Integer, Integer> entry : foundBag.entrySet()) {
            shared += Math.min(entry.getValue(), goldBag.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) shared / foundSize;
        double recall = (double) shared / goldSize;
        double f1 = shared == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    private static Map<Integer, Integer> bag(String text) {
        Map<Integer, Integer> bag = new HashMap<>();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(c -> bag.merge(c, 1, Integer::sum));
        return bag;
    }

    private static long size(Map<Integer, Integer> bag) {
        return bag.values().stream().mapToLong(Integer::longValue).sum();
    }
}
