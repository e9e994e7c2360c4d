package com.flagmark.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the excerpt shown with a search hit out of an article's stored text. The text is
 * tokenised again exactly as the index tokenised it, and a term matches where the index
 * matches it: the same tokens, with something between two of them exactly where the term has
 * something between them (约，谈 matches 约、谈, never 约谈). A mark covers the very characters
 * that matched.
 */
final class Snippets {

    /** About how many chars of the text an excerpt shows. */
    static final int WIDTH = 100;
    /** How many chars of context come before the first hit. */
    private static final int LEAD = 30;
    private static final String CUT = "…";

    private Snippets() {
    }

    /** Returns the excerpt around the first place a term of the query occurs, if any does. */
    static Optional<Snippet> around(String text, SearchQuery query) {
        List<Snippet.Mark> hits = hits(text, query);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Snippet.Mark first = hits.get(0);
        int start = Math.max(0, first.start() - LEAD);
        int end = Math.max(first.end(), Math.min(text.length(), start + WIDTH));
        start = Math.max(0, Math.min(start, end - WIDTH));
        return Optional.of(excerpt(text, start, end, hits));
    }

    /** Returns the opening of a text with nothing marked. */
    static Snippet opening(String text) {
        return excerpt(text, 0, Math.min(text.length(), WIDTH), List.of());
    }

    /** Returns where each term of the query occurs in the text, in order, overlaps merged. */
    static List<Snippet.Mark> hits(String text, SearchQuery query) {
        List<Snippet.Mark> found = new ArrayList<>();
        List<SearchTokens.Token> tokens = null;
        for (List<SearchTokens.Token> term : query.terms()) {
            Optional<String> literal = literal(term);
            if (literal.isPresent()) {
                addLiteralHits(text, literal.get(), found);
                continue;
            }
            if (tokens == null) {
                tokens = SearchTokens.of(text);
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (startsAt(tokens, i, term)) {
                    found.add(new Snippet.Mark(tokens.get(i).start(), tokens.get(i + term.size() - 1).end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Snippet.Mark::start));
        return merged(found);
    }

    /**
     * Returns a term of one-character tokens side by side (项目建设) as the text it matches
     * wherever it occurs: such characters are tokens of their own and folding leaves them as
     * they are, so finding the string is finding the tokens, without tokenising the article.
     */
    private static Optional<String> literal(List<SearchTokens.Token> term) {
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < term.size(); i++) {
            SearchTokens.Token token = term.get(i);
            if (!token.single() || i > 0 && !token.touches(term.get(i - 1))) {
                return Optional.empty();
            }
            literal.append(token.text());
        }
        return Optional.of(literal.toString());
    }

    private static void addLiteralHits(String text, String literal, List<Snippet.Mark> found) {
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            found.add(new Snippet.Mark(at, at + literal.length()));
        }
    }

    private static boolean startsAt(List<SearchTokens.Token> tokens, int index, List<SearchTokens.Token> term) {
        if (index + term.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < term.size(); j++) {
            SearchTokens.Token token = tokens.get(index + j);
            if (!token.text().equals(term.get(j).text())) {
                return false;
            }
            if (j > 0 && token.touches(tokens.get(index + j - 1)) != term.get(j).touches(term.get(j - 1))) {
                return false;
            }
        }
        return true;
    }

    private static List<Snippet.Mark> merged(List<Snippet.Mark> sorted) {
        List<Snippet.Mark> merged = new ArrayList<>();
        for (Snippet.Mark mark : sorted) {
            Snippet.Mark last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && mark.start() < last.end()) {
                merged.set(merged.size() - 1,
                        new Snippet.Mark(last.start(), Math.max(last.end(), mark.end())));
            } else {
                merged.add(mark);
            }
        }
        return merged;
    }

    private static Snippet excerpt(String text, int from, int to, List<Snippet.Mark> hits) {
        int start = from;
        int end = to;
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        String prefix = start > 0 ? CUT : "";
        String body = text.substring(start, end).replace('\n', ' ');
        String suffix = end < text.length() ? CUT : "";
        List<Snippet.Mark> marks = new ArrayList<>();
        for (Snippet.Mark hit : hits) {
            int markStart = Math.max(hit.start(), start);
            int markEnd = Math.min(hit.end(), end);
            if (markStart < markEnd) {
                int shift = prefix.length() - start;
                marks.add(new Snippet.Mark(markStart + shift, markEnd + shift));
            }
        }
        return new Snippet(prefix + body + suffix, marks);
    }
}
