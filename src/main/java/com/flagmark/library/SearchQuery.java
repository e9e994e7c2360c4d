package com.flagmark.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a user typed into the search box, read as text and never as a query language: each
 * space-separated term is searched for as a phrase of its tokens, and every term must match.
 * Quotes, stars, brackets, {@code AND}, {@code NEAR} and other punctuation are searched for
 * as the text they are, which for punctuation means they only separate tokens.
 */
record SearchQuery(List<List<String>> terms) {

    SearchQuery {
        terms = terms.stream().map(List::copyOf).toList();
    }

    /** Reads a user's search text; terms with no letters, digits or Han characters vanish. */
    static SearchQuery parse(String text) {
        Set<List<String>> terms = new LinkedHashSet<>();
        for (String word : text.split("\\s+")) {
            List<String> tokens = new ArrayList<>();
            for (SearchTokens.Token token : SearchTokens.of(word)) {
                tokens.add(token.text());
            }
            if (!tokens.isEmpty()) {
                terms.add(tokens);
            }
        }
        return new SearchQuery(List.copyOf(terms));
    }

    /** Tells whether nothing searchable is left, so that no article can match. */
    boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * Returns the FTS5 expression: every term as a quoted phrase, joined by FTS5's implicit
     * AND. Tokens hold only letters and digits, so the quotes cannot be broken out of; a
     * quote is doubled all the same.
     */
    String toMatchExpression() {
        StringBuilder expression = new StringBuilder();
        for (List<String> term : terms) {
            if (!expression.isEmpty()) {
                expression.append(' ');
            }
            expression.append('"').append(String.join(" ", term).replace("\"", "\"\"")).append('"');
        }
        return expression.toString();
    }
}
