package com.flagmark.library;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The fields of an article's entry in the search index. */
final class SearchFields {

    /** The article's id as text: the key an entry is replaced or removed by. */
    static final String KEY = "key";
    /** The article's id as a number beside each entry, read back for every hit. */
    static final String ID = "id";
    static final String TITLE = "title";
    static final String KICKER = "kicker";
    static final String BODY = "body";
    /** The fields of text, each with its words and its characters, in the order an entry holds them. */
    static final List<String> TEXTS = List.of(TITLE, KICKER, BODY);

    /** A field's words, with positions for phrases; nothing is stored: the text lives in the library file. */
    private static final FieldType WORDS = new FieldType();
    /** A field's characters, each once with its count: one-character queries need no positions. */
    private static final FieldType CHARACTERS = new FieldType();

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        WORDS.setTokenized(true);
        WORDS.freeze();
        CHARACTERS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        CHARACTERS.setTokenized(true);
        CHARACTERS.freeze();
    }

    private SearchFields() {
    }

    /** Returns the index entry of an article. */
    static Document document(long id, String title, String kicker, String body) {
        Document document = new Document();
        document.add(new StringField(KEY, Long.toString(id), Field.Store.NO));
        document.add(new NumericDocValuesField(ID, id));
        addText(document, TITLE, title);
        addText(document, KICKER, kicker);
        addText(document, BODY, body);
        return document;
    }

    /** Returns the name of the field that holds the characters of {@code field}. */
    static String characters(String field) {
        return field + "_characters";
    }

    /** Returns the term that finds an article's entry. */
    static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    /**
     * Adds a field of text and its characters, even where there is no text: every entry then has
     * a norm in every field (0 where the field is empty), which Lucene keeps as a plain array.
     * Where some entries have none it keeps them sparse, and reading such a norm starts from the
     * segment's first entry each time a merge writes a term: a fifth of the merges' time.
     */
    private static void addText(Document document, String field, String text) {
        IndexTerms terms = IndexTerms.of(text);
        document.add(new Field(field, terms.words(), WORDS));
        document.add(new Field(characters(field), terms.characters(), CHARACTERS));
    }
}
