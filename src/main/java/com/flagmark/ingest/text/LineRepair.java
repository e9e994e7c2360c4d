package com.flagmark.ingest.text;

import com.flagmark.ingest.text.RawBlock.Hint;
import com.flagmark.nlp.WordSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins paragraphs that a page layout broke in mid-sentence: "…也给了企业更大信心。山" and
 * "东亚康药业股份有限公司…" read "…更大信心。山东亚康药业股份有限公司…". A line that ends a
 * sentence is never joined, nor is a heading, byline, dateline or caption; a word that the
 * segmenter finds across the break is a strong sign of a broken line.
 */
final class LineRepair {

    private static final String TERMINAL = "。！？!?…";
    private static final String CLOSING = "”’」』）)】》〉\"'";
    private static final String CONTINUING = "，、；,;（(《“「『—–-·";
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？!?]");
    private static final Pattern CLAUSE = Pattern.compile("[，、。,]");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("[（(][^（()）]{1,20}[）)]$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(——|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}(?:[、．]|\\.(?!\\d)))");
    private static final int LONG_LINE = 20;
    private static final int SEGMENTER_MIN_LINE = 10;

    private final WordSegmenter segmenter;

    LineRepair(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Returns the lines with every broken sentence joined back together. */
    List<RawBlock> repair(List<RawBlock> lines) {
        List<RawBlock> repaired = new ArrayList<>(lines.size());
        for (RawBlock line : lines) {
            int last = repaired.size() - 1;
            if (last >= 0 && isBroken(repaired.get(last), line)) {
                repaired.set(last, repaired.get(last).withText(join(repaired.get(last).text(), line.text())));
            } else {
                repaired.add(line);
            }
        }
        return repaired;
    }

    /** Tells whether {@code next} continues the sentence that {@code line} broke off. */
    boolean isBroken(RawBlock line, RawBlock next) {
        String text = line.text();
        // Most lines end a sentence, so that test comes first: the whole-line patterns of bylines
        // and chrome cost many times more, and only lines that may go on need them.
        if (endsSentence(text) || !canContinue(line) || !canBeContinued(next)) {
            return false;
        }
        if (startsWithPunctuation(next.text()) || CONTINUING.indexOf(last(text)) >= 0) {
            return true;
        }
        if (SENTENCE_INSIDE.matcher(text).find()) {
            return true;
        }
        if (text.length() >= LONG_LINE && (text.contains("，") || text.contains(","))) {
            return true;
        }
        boolean prose = CLAUSE.matcher(text).find() || CLAUSE.matcher(next.text()).find();
        return prose && text.length() >= SEGMENTER_MIN_LINE && next.text().length() >= 8
                && segmenter.hasWordAcross(text, next.text());
    }

    private static boolean canContinue(RawBlock line) {
        return line.hint() == Hint.NONE && !Bylines.isByline(line.text()) && !Chrome.isChrome(line.text());
    }

    private static boolean canBeContinued(RawBlock next) {
        String text = next.text();
        return next.hint() == Hint.NONE && !Bylines.isByline(text) && !Chrome.isChrome(text)
                && !Datelines.startsWithDateline(text) && !text.startsWith("图为")
                && !EditorsNote.startsWithMarker(text) && !LIST_ITEM.matcher(text).find();
    }

    /** Tells whether a text ends a sentence, looking past closing quotes and a trailing credit. */
    static boolean endsSentence(String text) {
        String rest = mayEndInParenthesis(text) ? TRAILING_PARENTHESIS.matcher(text).replaceFirst("") : text;
        int end = rest.length();
        while (end > 0 && CLOSING.indexOf(rest.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && TERMINAL.indexOf(rest.charAt(end - 1)) >= 0;
    }

    /**
     * Tells whether a trailing parenthesis could be there: its pattern ends in a closing bracket
     * before the end of the text or before a line terminator there, as {@code $} reads it. Most
     * lines end otherwise, and the pattern would be tried at every character of them.
     */
    private static boolean mayEndInParenthesis(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char end = last(text);
        return end == '）' || end == ')' || end == '\n' || end == '\r' || end == '\u0085' || end == '\u2028'
                || end == '\u2029';
    }

    private static boolean startsWithPunctuation(String text) {
        char first = text.charAt(0);
        return "，。、；：！？,.;:!?）)”’」』".indexOf(first) >= 0;
    }

    private static String join(String left, String right) {
        boolean latinBoth = isLatin(last(left)) && isLatin(right.charAt(0));
        return latinBoth ? left + " " + right : left + right;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static char last(String text) {
        return text.charAt(text.length() - 1);
    }
}
