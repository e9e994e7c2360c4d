package com.flagmark.nlp.figure;

/**
 * Sentences and clauses of a text. A sentence ends at 。！？； (or their ASCII forms); a clause
 * also at ，and ：, but not at a comma between digits (3,351,790) nor at 、, which lists the
 * parts of one clause.
 */
final class Clauses {

    private static final String SENTENCE_ENDS = "。！？；!?;";
    private static final String CLAUSE_ENDS = "，：:";

    private Clauses() {
    }

    /** Returns where the sentence around {@code at} starts, not before {@code floor}. */
    static int sentenceStart(String text, int at, int floor) {
        int start = at;
        while (start > floor && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** Returns where the sentence around {@code at} ends, not after {@code ceiling}. */
    static int sentenceEnd(String text, int at, int ceiling) {
        int end = at;
        while (end < ceiling && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Returns where the clause around {@code at} starts, not before {@code floor}. */
    static int clauseStart(String text, int at, int floor) {
        int start = at;
        while (start > floor && !endsAClause(text, start - 1)) {
            start--;
        }
        return start;
    }

    /** Returns where the clause around {@code at} ends, not after {@code ceiling}. */
    static int clauseEnd(String text, int at, int ceiling) {
        int end = at;
        while (end < ceiling && !endsAClause(text, end)) {
            end++;
        }
        return end;
    }

    private static boolean endsAClause(String text, int at) {
        char c = text.charAt(at);
        if (c == ',') {
            return !(at > 0 && Digits.isDigit(text.charAt(at - 1)) && at + 1 < text.length()
                    && Digits.isDigit(text.charAt(at + 1)));
        }
        return SENTENCE_ENDS.indexOf(c) >= 0 || CLAUSE_ENDS.indexOf(c) >= 0;
    }
}
