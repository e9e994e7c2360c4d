package com.flagmark.ingest.text;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UTF-16 units that can begin a match of a pattern, each looked up by one bit, so that a
 * search tries the pattern only where one of them stands. A search by {@link Matcher#find()}
 * tries the whole pattern at every character of a line; for an alternation of words, or a class
 * of many Chinese characters, that costs tens of nanoseconds a character on the quick compiler,
 * where the bit costs one.
 */
public final class FirstUnits {

    private final long[] units = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    private FirstUnits(Collection<String> words) {
        for (String word : words) {
            char first = word.charAt(0);
            units[first / Long.SIZE] |= 1L << first;
        }
    }

    /** The first units of these words, none of them empty. */
    public static FirstUnits of(Collection<String> words) {
        return new FirstUnits(words);
    }

    /** Tells whether {@code unit} can begin a match. */
    public boolean begins(char unit) {
        return (units[unit / Long.SIZE] & 1L << unit) != 0;
    }

    /**
     * Finds the next match of the matcher's pattern in {@code text} at or after {@code from}, as
     * {@link Matcher#find()} from there would, provided every match of the pattern begins with one
     * of these units and the pattern looks neither behind its start nor at the text's ends. On
     * success the matcher holds the match (its region then starts where the match does).
     */
    public boolean find(Matcher matcher, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            if (begins(text.charAt(at)) && matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns {@code text} with every match of the matcher's pattern replaced by {@code with}, as
     * {@link Matcher#replaceAll(String)} would with a replacement that holds no group references,
     * under the conditions of {@link #find}. Every match must be non-empty.
     */
    public String replaceAll(Matcher matcher, String text, String with) {
        StringBuilder replaced = null;
        int copied = 0;
        int from = 0;
        while (find(matcher, text, from)) {
            if (replaced == null) {
                replaced = new StringBuilder(text.length());
            }
            replaced.append(text, copied, matcher.start()).append(with);
            copied = matcher.end();
            from = matcher.end();
        }
        return replaced == null ? text : replaced.append(text, copied, text.length()).toString();
    }

    /**
     * Words (or patterns of words, each beginning with a plain character) as one alternation,
     * tried only where one of them can begin.
     */
    public record Alternation(Pattern pattern, FirstUnits starts) {

        /** The alternation of {@code words}, in their order. */
        public static Alternation of(List<String> words) {
            return new Alternation(Pattern.compile(String.join("|", words)), FirstUnits.of(words));
        }

        /** Tells whether any of the words is in {@code text}, as {@link Matcher#find()} would. */
        public boolean foundIn(String text) {
            return starts.find(pattern.matcher(text), text, 0);
        }

        /** Returns {@code text} with every one of the words replaced by {@code with}, as {@link Matcher#replaceAll(String)} would. */
        public String replaceAll(String text, String with) {
            return starts.replaceAll(pattern.matcher(text), text, with);
        }
    }
}
