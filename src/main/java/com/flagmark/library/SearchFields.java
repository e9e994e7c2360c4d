package com.flagmark.library;

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

    /** Text indexed with positions, for phrases, and not stored: the text lives in the library file. */
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.setTokenized(true);
        TEXT.freeze();
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

    /** Returns the term that finds an article's entry. */
    static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    private static void addText(Document document, String field, String text) {
        if (text != null && !text.isEmpty()) {
            document.add(new Field(field, text, TEXT));
        }
    }
}
