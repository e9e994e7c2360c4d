package com.flagmark.library;

/**
 * The orders a list of passages can take. Each breaks ties by article date, article and
 * position in the text, so a page boundary never splits passages that compare equal.
 */
public enum PassageOrder {
    /** By the article's date (undated articles last), then article and position. */
    DATE,
    TITLE,
    SOURCE,
    /** By the context before the quote. */
    BEFORE,
    QUOTE,
    /** By the context after the quote, as a concordance sorts. */
    AFTER,
    /** By the first code's place in the codebook. */
    CODES,
    NOTE,
    /** By the attribute values, in the order of their names. */
    ATTRIBUTES,
    CODER,
    MODIFIED
}
