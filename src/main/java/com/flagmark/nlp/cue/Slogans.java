package com.flagmark.nlp.cue;

import java.util.List;

/**
 * Tells a cue in a slogan (奋战首季开门红, 赢取“开门红”) from a cue in a sentence that says what
 * was done (召开工作动员大会). A slogan is a short clause of exhortation: a campaign verb such as
 * 奋战, 冲刺 or 争创, and no figure; or a short clause that repeats the headline's phrase around
 * the cue (喜看开门红 under the headline 喜看开门红 寒亭开新局).
 */
final class Slogans {

    private static final String CLAUSE_ENDS = "，。；！？、,;!?：:";
    private static final String QUOTES_AND_SPACE = "“”‘’「」『』\"' \u3000";
    private static final int LONGEST = 16;
    private static final List<String> EXHORTATIONS = List.of("奋战", "冲刺", "奋力", "争创", "赢取", "决战", "力争",
            "助力", "全力", "誓夺", "夺取", "打赢", "迎接", "喜迎", "跑好", "抢抓");

    private Slogans() {
    }

    /**
     * Tells whether the clause around {@code [start, end)} of {@code text} is slogan-like;
     * {@code title} is the article's headline, or empty.
     */
    static boolean isSloganLike(String text, int start, int end, String title) {
        String clause = bare(text.substring(clauseStart(text, start), clauseEnd(text, end)));
        if (clause.codePointCount(0, clause.length()) > LONGEST || clause.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return EXHORTATIONS.stream().anyMatch(clause::contains)
                || echoesTheHeadline(clause, text.substring(start, end), title);
    }

    private static boolean echoesTheHeadline(String clause, String cue, String title) {
        for (String phrase : title.split("[" + CLAUSE_ENDS + "\\s]+")) {
            String bare = bare(phrase);
            if (bare.length() > cue.length() && bare.contains(cue) && clause.contains(bare)) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String text, int from) {
        int at = from;
        while (at > 0 && text.charAt(at - 1) != '\n' && CLAUSE_ENDS.indexOf(text.charAt(at - 1)) < 0) {
            at--;
        }
        return at;
    }

    private static int clauseEnd(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) != '\n' && CLAUSE_ENDS.indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return at;
    }

    private static String bare(String clause) {
        StringBuilder kept = new StringBuilder(clause.length());
        clause.codePoints().filter(c -> QUOTES_AND_SPACE.indexOf(c) < 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
