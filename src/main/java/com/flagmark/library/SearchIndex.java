package com.flagmark.library;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Full-text search over titles, kickers and bodies. Finds single Han characters (旗), words
 * (约谈) and phrases, Latin words and numbers (5G, OLED) regardless of case and width, never
 * across punctuation or a line break; every search knows exactly how many articles match. See
 * docs/decisions/0017-search-index-beside-the-library.md.
 */
public final class SearchIndex {

    private final Database database;
    private final IndexFolder index;

    SearchIndex(Database database, IndexFolder index) {
        this.database = database;
        this.index = index;
    }

    /**
     * Returns the best {@code limit} articles matching the user's text, best first, and how many
     * match in all: every space-separated term must occur as a phrase, and a hit in the title
     * counts more than one in the kicker, and that more than one in the body. The text is never a
     * syntax error: quotes, stars, brackets, AND, OR, NEAR and punctuation are searched for as
     * text, and a text with nothing searchable in it finds nothing. A text longer than a long
     * sentence is searched for by its beginning, and the result says it was shortened.
     */
    public SearchResult search(String query, int limit) {
        return search(query, ArticleFilter.ALL, limit);
    }

    /**
     * Returns the best {@code limit} articles matching the user's text among those the filter
     * lets through, as {@link #search(String, int)} does, with the exact number of them.
     */
    public SearchResult search(String query, ArticleFilter filter, int limit) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        if (limit < 1) {
            throw new IllegalArgumentException("A search needs a limit of at least 1, not " + limit);
        }
        SearchQuery parsed = SearchQuery.parse(query);
        if (parsed.isEmpty()) {
            return SearchResult.NONE;
        }
        Query lucene = filtered(parsed.toQuery(), filter);
        Ranked ranked = index.search(database, searcher -> {
            TopDocs top = searcher.search(lucene, new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE, false));
            return new Ranked(top.totalHits.value, ids(searcher, top.scoreDocs));
        });
        return new SearchResult(ranked.total(), database.read(connection -> hits(connection, parsed, ranked.ids())),
                parsed.shortened());
    }

    /**
     * Tells how far the index has followed the library file. A library whose index lags far (one
     * restored from a backup, or opened after a crash) catches up in the background; until it
     * has, a search waits for it, so a caller can show this instead.
     */
    public IndexProgress progress() {
        return index.progress(database);
    }

    /**
     * Waits until the index holds every change the file committed, indexing on this thread too,
     * and tells {@code onProgress} how far it is after each few hundred changes.
     */
    public void awaitCaughtUp(Consumer<IndexProgress> onProgress) {
        index.awaitCaughtUp(database, Objects.requireNonNull(onProgress, "onProgress"));
    }

    /**
     * Indexes the next few hundred changes the index lacks, waiting for them, and tells how far
     * the index is then: a window waits this way a batch at a time, showing the progress between
     * batches and giving up once the user no longer wants the search.
     */
    public IndexProgress catchUpBatch() {
        return index.awaitNextBatch(database);
    }

    /** Tells whether only the beginning of this text is searched for, the rest being too long. */
    public static boolean shortens(String query) {
        return SearchQuery.parse(Objects.requireNonNull(query, "query")).shortened();
    }

    /**
     * Returns the ids of every article matching the user's text among those the filter lets
     * through, best first, as {@link #search(String, ArticleFilter, int)} ranks them: a list of
     * search results to page through, as long as the number of matches.
     */
    public long[] rankedIds(String query, ArticleFilter filter) {
        SearchQuery parsed = SearchQuery.parse(Objects.requireNonNull(query, "query"));
        if (parsed.isEmpty()) {
            return new long[0];
        }
        Query lucene = filtered(parsed.toQuery(), Objects.requireNonNull(filter, "filter"));
        return index.search(database, searcher -> {
            int total = searcher.count(lucene);
            if (total == 0) {
                return new long[0];
            }
            TopDocs top = searcher.search(lucene, new TopScoreDocCollectorManager(total, null, Integer.MAX_VALUE, false));
            return ids(searcher, top.scoreDocs).stream().mapToLong(Long::longValue).toArray();
        });
    }

    /**
     * Returns these articles, such as a page of a list of results, each with the snippet of the
     * user's text in it, in the order of the ids; an id not in the library is left out.
     */
    public List<SearchHit> hits(String query, List<Long> ids) {
        SearchQuery parsed = SearchQuery.parse(Objects.requireNonNull(query, "query"));
        return database.read(connection -> hits(connection, parsed, ids));
    }

    /**
     * Returns where the user's text matches in an article's text, as {@code [start, end)} char
     * indices in order, overlaps merged: the same places the search matched and the snippet marks.
     */
    public static List<Snippet.Mark> marks(String query, String text) {
        SearchQuery parsed = SearchQuery.parse(Objects.requireNonNull(query, "query"));
        return parsed.isEmpty() ? List.of() : Snippets.hits(text, parsed);
    }

    /** Returns how many articles match the user's text: the same number a search gives as its total. */
    public long count(String query) {
        SearchQuery parsed = SearchQuery.parse(Objects.requireNonNull(query, "query"));
        if (parsed.isEmpty()) {
            return 0;
        }
        return index.search(database, searcher -> searcher.count(parsed.toQuery()));
    }

    /**
     * Returns the ids of every article matching the user's text, unranked and without snippets,
     * in id order: the scope of an export by query, which must not stop at the ranked few.
     */
    public List<Long> matchingIds(String query) {
        SearchQuery parsed = SearchQuery.parse(Objects.requireNonNull(query, "query"));
        if (parsed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = index.search(database, searcher -> {
            AllIds all = new AllIds();
            searcher.search(parsed.toQuery(), all);
            return all.ids;
        });
        ids.sort(null);
        return List.copyOf(ids);
    }

    /** Returns how many bytes the search index takes beside the library file. */
    public long sizeOnDisk() {
        return index.sizeOnDisk();
    }

    /** Narrows the query to the articles the filter lets through, which the library file knows. */
    private Query filtered(Query query, ArticleFilter filter) {
        if (filter.isAll()) {
            return query;
        }
        long[] allowed = database.read(connection -> idsPassing(connection, filter));
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(NumericDocValuesField.newSlowSetQuery(SearchFields.ID, allowed), Occur.FILTER)
                .build();
    }

    private static long[] idsPassing(Connection connection, ArticleFilter filter) throws SQLException {
        ArticleFilterSql where = ArticleFilterSql.of(filter);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.id FROM article_keys a WHERE " + where.condition())) {
            where.bind(statement, 1);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** Reads the article id of each hit, in the hits' order. */
    private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Long> ids = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(SearchFields.ID);
            if (values == null || !values.advanceExact(hit.doc - leaf.docBase)) {
                throw new IOException("an entry of the index has no article id");
            }
            ids.add(values.longValue());
        }
        return ids;
    }

    private static List<SearchHit> hits(Connection connection, SearchQuery query, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHit> found = new HashMap<>();
        String places = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, title, kicker, text FROM articles_read WHERE id IN (" + places + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Optional<String> title = Optional.ofNullable(rows.getString(2));
                    Optional<String> kicker = Optional.ofNullable(rows.getString(3));
                    found.put(id, new SearchHit(id, title, snippet(query, rows.getString(4), title, kicker)));
                }
            }
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Shows the hit in the body where there is one, else in the title or kicker. */
    private static Snippet snippet(SearchQuery query, String text, Optional<String> title,
            Optional<String> kicker) {
        return Snippets.around(text, query)
                .or(() -> title.flatMap(value -> Snippets.around(value, query)))
                .or(() -> kicker.flatMap(value -> Snippets.around(value, query)))
                .orElseGet(() -> Snippets.opening(text));
    }

    /** How many articles match, and the ids of the best, best first. */
    private record Ranked(long total, List<Long> ids) {
    }

    /** Collects the article id of every match. */
    private static final class AllIds extends SimpleCollector {

        private final List<Long> ids = new ArrayList<>();
        private NumericDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = context.reader().getNumericDocValues(SearchFields.ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values != null && values.advanceExact(doc)) {
                ids.add(values.longValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
