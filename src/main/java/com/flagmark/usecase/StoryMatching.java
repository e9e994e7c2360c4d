package com.flagmark.usecase;

import com.flagmark.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the stories a file gave before with those the cleaner finds in it now. A file of one
 * story pairs with itself whatever the cleaner now makes of it; on a page of several stories
 * (an e-paper page) each old story goes to the new one whose text shares most with it, best
 * pairs first, and a story with too little in common with any is left unpaired.
 */
final class StoryMatching {

    /** How much of their characters' pairs two texts must share (Dice's coefficient) to be one story. */
    static final double LEAST_LIKENESS = 0.3;

    private StoryMatching() {
    }

    /** Returns, for each old story, the index of its new story, or -1 if none is it. */
    static int[] pair(List<Article> before, List<Article> now) {
        int[] pairs = new int[before.size()];
        Arrays.fill(pairs, -1);
        if (before.size() == 1 && now.size() == 1) {
            pairs[0] = 0;
            return pairs;
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Map<Integer, Integer>> nowBigrams = now.stream().map(StoryMatching::bigrams).toList();
        for (int old = 0; old < before.size(); old++) {
            Map<Integer, Integer> oldBigrams = bigrams(before.get(old));
            for (int fresh = 0; fresh < now.size(); fresh++) {
                double likeness = dice(oldBigrams, nowBigrams.get(fresh));
                if (likeness >= LEAST_LIKENESS) {
                    candidates.add(new Candidate(old, fresh, likeness));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::likeness).reversed());
        boolean[] taken = new boolean[now.size()];
        for (Candidate candidate : candidates) {
            if (pairs[candidate.old()] < 0 && !taken[candidate.fresh()]) {
                pairs[candidate.old()] = candidate.fresh();
                taken[candidate.fresh()] = true;
            }
        }
        return pairs;
    }

    /** Counts each pair of neighbouring code points of the title and text, as one number. */
    private static Map<Integer, Integer> bigrams(Article article) {
        String text = article.title().orElse("") + "\n" + article.text();
        Map<Integer, Integer> counts = new HashMap<>();
        int[] points = text.codePoints().filter(point -> !Character.isWhitespace(point)).toArray();
        for (int i = 1; i < points.length; i++) {
            counts.merge(points[i - 1] * 31 + points[i], 1, Integer::sum);
        }
        return counts;
    }

    private static double dice(Map<Integer, Integer> a, Map<Integer, Integer> b) {
        long total = 0;
        long shared = 0;
        for (Map.Entry<Integer, Integer> entry : a.entrySet()) {
            total += entry.getValue();
            shared += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
        }
        for (int count : b.values()) {
            total += count;
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    private record Candidate(int old, int fresh, double likeness) {
    }
}
