package com.flagmark.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a user typed into the search box, read as text and never as a query language: each
 * space-separated term is searched for as a phrase of its tokens, and every term must match.
 * Quotes, stars, brackets, {@code AND}, {@code NEAR} and other punctuation are searched for
 * as the text they are: they only separate tokens, and a phrase matches where the text has
 * something between those tokens too (约，谈 finds 约、谈 but not 约谈).
 *
 * @param terms each term's tokens, as {@link SearchTokens} reads the term
 * @param shortened whether the text held more than {@link #MOST_TOKENS} tokens and only the
 *        first of them are searched for
 */
record SearchQuery(List<List<SearchTokens.Token>> terms, boolean shortened) {

    /**
     * How many tokens (characters, or runs of letters and digits) a search takes from the text: a
     * phrase longer than a long sentence finds nothing a shorter one would not, and every token
     * costs a look-up in each field, so a pasted page would take seconds.
     */
    static final int MOST_TOKENS = 64;

    /** The longest term, in tokens, searched for with every two-character word of its runs. */
    static final int EVERY_WORD_UP_TO = 8;

    /** The fields searched, with how much a hit in each counts: the title most. */
    static final Map<String, Float> FIELDS = Map.of(SearchFields.TITLE, 10f, SearchFields.KICKER, 4f,
            SearchFields.BODY, 1f);

    SearchQuery {
        terms = terms.stream().map(List::copyOf).toList();
    }

    /**
     * Reads a user's search text; terms with no letters, digits or Han characters vanish, and
     * tokens past the first {@link #MOST_TOKENS} are left out.
     */
    static SearchQuery parse(String text) {
        Map<String, List<SearchTokens.Token>> terms = new LinkedHashMap<>();
        int room = MOST_TOKENS;
        boolean shortened = false;
        for (String word : text.split("\\s+")) {
            List<SearchTokens.Token> tokens = SearchTokens.of(word);
            if (room == 0 && !tokens.isEmpty()) {
                shortened = true;
                break;
            }
            if (tokens.size() > room) {
                tokens = tokens.subList(0, room);
                shortened = true;
            }
            if (!tokens.isEmpty()) {
                terms.putIfAbsent(shape(tokens), tokens);
                room -= tokens.size();
            }
        }
        return new SearchQuery(List.copyOf(terms.values()), shortened);
    }

    /**
     * How far a token lies from the one before it, in index positions: the next position if
     * nothing separates them, one further if anything does.
     */
    static int step(SearchTokens.Token previous, SearchTokens.Token token) {
        return step(token.touches(previous));
    }

    /** How far a token lies from the one before it: 1 if it touches it, 2 if anything lies between. */
    static int step(boolean touching) {
        return touching ? 1 : 2;
    }

    /** Tells whether nothing searchable is left, so that no article can match. */
    boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * Returns the Lucene query: every term must occur, as a phrase, in the title, the kicker
     * or the body; a hit in the title weighs most.
     */
    Query toQuery() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<SearchTokens.Token> term : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            FIELDS.forEach((field, weight) -> anyField.add(new BoostQuery(inField(field, term), weight), Occur.SHOULD));
            all.add(anyField.build(), Occur.MUST);
        }
        return all.build();
    }

    /**
     * One term in one field: a single character as itself among the field's characters; any
     * other term among its words, as a phrase of its two-character words, with a letter run or
     * a character no neighbour pairs with standing for itself (5G网 is 5g, then 网 at the start
     * of a run of characters). Of a term longer than {@link #EVERY_WORD_UP_TO} tokens, such as a
     * pasted sentence, every other two-character word of a run is enough, and its last: each
     * word is at the position of its first character, and the positions step by one only
     * between characters that touch, so words at p and p + 2 hold four characters side by side.
     * Such a phrase looks up half the words; a shorter one keeps them all, since the rarest of
     * them, which leads the search, may be one that would be left out.
     */
    static Query inField(String field, List<SearchTokens.Token> term) {
        if (term.size() == 1 && term.get(0).single()) {
            return new TermQuery(new Term(SearchFields.characters(field), term.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        Term first = null;
        int words = 0;
        int position = 0;
        boolean sparse = term.size() > EVERY_WORD_UP_TO;
        boolean previousAdded = false;
        for (int i = 0; i < term.size(); i++) {
            SearchTokens.Token token = term.get(i);
            if (i > 0) {
                position += step(term.get(i - 1), token);
            }
            boolean pairs = pairsNext(term, i);
            boolean paired = i > 0 && term.get(i - 1).pairsWith(token);
            boolean covered = sparse && paired && previousAdded && pairsNext(term, i + 1);
            boolean add = pairs ? !covered : !paired;
            if (add) {
                Term word = new Term(field, pairs ? token.text() + term.get(i + 1).text() : token.text());
                phrase.add(word, position);
                first = words++ == 0 ? word : first;
            }
            previousAdded = add && pairs;
        }
        return words == 1 ? new TermQuery(first) : phrase.build();
    }

    /** Tells whether the token at {@code index} pairs with the one after it. */
    private static boolean pairsNext(List<SearchTokens.Token> term, int index) {
        return index + 1 < term.size() && term.get(index).pairsWith(term.get(index + 1));
    }

    /** The tokens and what separates them, so that "约谈" and 约谈 count as one term. */
    private static String shape(List<SearchTokens.Token> tokens) {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                shape.append(step(tokens.get(i - 1), tokens.get(i)) == 1 ? '\u0001' : '\u0002');
            }
            shape.append(tokens.get(i).text());
        }
        return shape.toString();
    }
}
