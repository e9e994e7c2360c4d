package com.flagmark.ingest.text;

import java.util.List;

/**
 * Groups of words looked for in a line all at once: one pass over the line, in which a character
 * that begins none of the words is turned away by one bit, instead of one search through the
 * whole line for each word. Cleaning asks about every line several times, and most lines hold
 * none of the words, so a search per word read each line some twenty-five times over.
 */
final class CueWords {

    /** At most as many groups as a {@code long} has bits: {@link #foundIn} answers with one bit a group. */
    static final int MOST_GROUPS = Long.SIZE;

    private final String[] words;
    /** For each word, the bit of its group. */
    private final long[] groupBits;
    /** One bit for each UTF-16 unit that begins a word. */
    private final long[] firstUnits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    /** Makes the groups of words, each word not empty; at most {@link #MOST_GROUPS} groups, some may be empty. */
    CueWords(List<List<String>> groups) {
        if (groups.size() > MOST_GROUPS) {
            throw new IllegalArgumentException("At most " + MOST_GROUPS + " groups of cue words, not " + groups.size());
        }
        words = groups.stream().flatMap(List::stream).toArray(String[]::new);
        groupBits = new long[words.length];
        int word = 0;
        for (int group = 0; group < groups.size(); group++) {
            for (String each : groups.get(group)) {
                groupBits[word++] = 1L << group;
                firstUnits[each.charAt(0) / Long.SIZE] |= 1L << each.charAt(0);
            }
        }
    }

    /**
     * Returns which groups have a word in {@code line}, anywhere: bit {@code i} is set when a
     * word of the {@code i}-th group is in it, exactly where {@link String#contains} would find it.
     */
    long foundIn(String line) {
        long found = 0;
        for (int at = 0; at < line.length(); at++) {
            char unit = line.charAt(at);
            if ((firstUnits[unit / Long.SIZE] & 1L << unit) != 0) {
                found |= startingAt(line, at, unit);
            }
        }
        return found;
    }

    private long startingAt(String line, int at, char first) {
        long found = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].charAt(0) == first && line.startsWith(words[i], at)) {
                found |= groupBits[i];
            }
        }
        return found;
    }
}
