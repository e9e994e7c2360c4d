package com.flagmark.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The yardstick Flagmark's search is measured against: Lucene with its own CJK bigram analysis
 * (StandardTokenizer, CJKWidthFilter, LowerCaseFilter, CJKBigramFilter with unigrams) over the
 * same articles' title, kicker and body, searched as Flagmark searches: a one-character query as
 * a term, a longer one as the phrase of its two-character words, in any field, the title
 * weighing 10, the kicker 4, the body 1; the best 20 and an exact total.
 */
final class LuceneBaseline implements AutoCloseable {

    private static final Map<String, Float> FIELDS = Map.of("title", 10f, "kicker", 4f, "body", 1f);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneBaseline(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes every article of the library file into {@code folder}. */
    static LuceneBaseline build(Path libraryFile, Path folder) throws IOException, SQLException {
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new BigramAnalyzer()).setRAMBufferSizeMB(48);
        try (IndexWriter writer = new IndexWriter(directory, config);
                Connection connection = DriverManager.getConnection("jdbc:sqlite:" + libraryFile);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, title, kicker, text FROM articles ORDER BY id")) {
            while (rows.next()) {
                Document document = new Document();
                document.add(new StoredField("id", rows.getLong(1)));
                add(document, "title", rows.getString(2));
                add(document, "kicker", rows.getString(3));
                add(document, "body", rows.getString(4));
                writer.addDocument(document);
            }
            writer.commit();
        }
        return new LuceneBaseline(directory);
    }

    /** Returns how many articles contain the query, having ranked the best {@code limit}. */
    long search(String query, int limit) throws IOException {
        TopDocs top = searcher.search(query(query), new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE, false));
        return top.totalHits.value;
    }

    private static Query query(String text) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        FIELDS.forEach((field, weight) -> anyField.add(new BoostQuery(inField(field, text), weight), Occur.SHOULD));
        return anyField.build();
    }

    private static Query inField(String field, String text) {
        int[] characters = text.codePoints().toArray();
        if (characters.length == 1) {
            return new TermQuery(new Term(field, text));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < characters.length; i++) {
            phrase.add(new Term(field, new String(characters, i, 2)), i);
        }
        return phrase.build();
    }

    private static void add(Document document, String field, String text) {
        if (text != null && !text.isEmpty()) {
            document.add(new TextField(field, text, Field.Store.NO));
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** Lucene's CJK bigram analysis, keeping the single characters as well. */
    private static final class BigramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)),
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                    true);
            return new TokenStreamComponents(source, stream);
        }
    }
}
