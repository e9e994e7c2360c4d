package com.flagmark.nlp.region;

import com.flagmark.nlp.HanlpSegments;
import com.flagmark.nlp.SegmentedText;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a name found in a text stands on word boundaries, by segmenting a few characters
 * around it: 扬中 in 弘扬中华 and 康保 in 健康保障 cross a word, 惠民 in 惠民生 too, 新华 in
 * 吴新华 is inside a person's name. Only the text around a found name is segmented, which keeps
 * the finder far faster than segmenting whole articles.
 */
final class WordBoundaries {

    /** Characters of context on each side; enough for the segmenter to see the words around a name. */
    private static final int CONTEXT = 6;

    /** A level suffix read together with the organ after it. */
    private static final Set<String> ORGANS = Set.of("省委", "市委", "州委", "县委", "区委", "旗委", "盟委", "省政府",
            "市政府", "州政府", "县政府", "区政府", "省长", "市长", "州长", "县长", "区长", "旗长", "盟长");

    private final Segment segment;
    private final Optional<SegmentedText> words;

    WordBoundaries() {
        this(HanlpSegments.with(HanlpSegments.shippedWords())
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enablePartOfSpeechTagging(false), Optional.empty());
    }

    private WordBoundaries(Segment segment, Optional<SegmentedText> words) {
        this.segment = segment;
        this.words = words;
    }

    /**
     * Returns a check that first reads the text's own words, as the suggestion pass cut them: a
     * short form that a word of the whole text runs across is refused, and a full name on that
     * text's word boundaries is taken, and so is a short form between longer words, without
     * segmenting again. Only a short form on those boundaries beside a word of one character
     * (新华 of 吴|新华, which the text's words do not read as a person) and a full name across a
     * word (寿光市委) are segmented with their context, persons' names and organs.
     */
    WordBoundaries with(SegmentedText textWords) {
        return new WordBoundaries(segment, Optional.of(textWords));
    }

    /** Tells whether no word of {@code text} runs across {@code start} or {@code end} (Java string offsets). */
    boolean standsAlone(String text, int start, int end) {
        return standsAlone(text, start, end, false);
    }

    /**
     * Tells whether no word of {@code text} runs across {@code start} or {@code end}. A full name
     * with its level suffix ({@code fullName}) is strong evidence of itself: some words across
     * it do not count (see {@link #excused}).
     */
    boolean standsAlone(String text, int start, int end, boolean fullName) {
        if (!isHan(text, start - 1) && !isHan(text, end)) {
            return true;
        }
        if (endsAcrossChina(text, end)) {
            return false;
        }
        if (words.isPresent()) {
            SegmentedText cut = words.get();
            boolean onBoundaries = cut.isBoundary(start) && cut.isBoundary(end);
            if (onBoundaries && fullName || !onBoundaries && !fullName) {
                return onBoundaries;
            }
            // A person's name holding a short form takes a single character beside it (吴|新华):
            // between longer words, or at a clause's edge, there is none to look for.
            if (onBoundaries && !singleCharacterAt(cut, start - 1) && !singleCharacterAt(cut, end)) {
                return true;
            }
        }
        int from = Math.max(lineStart(text, start), start - CONTEXT);
        int to = Math.min(lineEnd(text, end), end + CONTEXT);
        int position = from;
        for (Term term : segment.seg(text.substring(from, to))) {
            int wordEnd = position + term.word.length();
            boolean crossing = crosses(position, wordEnd, start) || crosses(position, wordEnd, end);
            if (crossing && !(fullName && excused(term, position, end)) && !imaginedAfter(term, position, start)) {
                return false;
            }
            position = wordEnd;
        }
        return true;
    }

    /**
     * Tells whether a word across a full name still leaves the name whole: a person's name the
     * segmenter imagines across it (于金 in 位于金东区), or the name's suffix read with the organ
     * that follows it (市委 in 寿光市委, 区委 in 莱山区委).
     */
    private static boolean excused(Term term, int position, int end) {
        boolean person = term.nature != null && term.nature.startsWith("nr");
        return person || position == end - 1 && ORGANS.contains(term.word);
    }

    /** Tells whether the text's word at {@code offset} is one Chinese character (吴 of 吴|新华). */
    private static boolean singleCharacterAt(SegmentedText words, int offset) {
        int index = offset < 0 ? -1 : words.wordAt(offset);
        return index >= 0 && words.charEnd(index) - words.charStart(index) == 1 && isHan(words.text(), offset);
    }

    /**
     * Tells whether a person's name the segmenter imagines begins inside the place and runs past
     * it (乌至全 in 寻乌至全南): a surname comes first, so a name that begins inside a place name
     * is the segmenter's guess, while one that begins before it (吴新华) holds the place.
     */
    private static boolean imaginedAfter(Term term, int position, int start) {
        return position > start && term.nature != null && term.nature.startsWith("nr");
    }

    /**
     * Tells whether a name ending in 中 runs into 中国, China, which the reader takes first (在巴中国
     * 企业, Chinese firms in Pakistan): only 国际 after it (汉中国际机场) leaves the name whole.
     */
    private static boolean endsAcrossChina(String text, int end) {
        return end > 0 && text.charAt(end - 1) == '中' && text.startsWith("国", end) && !text.startsWith("国际", end);
    }

    /** Tells whether the char at {@code offset} is a Chinese character; outside the text it is not. */
    private static boolean isHan(String text, int offset) {
        return offset >= 0 && offset < text.length()
                && Character.UnicodeScript.of(text.charAt(offset)) == Character.UnicodeScript.HAN;
    }

    private static boolean crosses(int wordStart, int wordEnd, int boundary) {
        return wordStart < boundary && wordEnd > boundary;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }
}
