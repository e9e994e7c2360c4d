package com.flagmark.library;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Anchor;
import com.flagmark.model.Article;
import com.flagmark.model.Code;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A library file in a test's folder, with a clock the test moves, for the tests of the
 * codebook and annotations.
 */
final class TestLibrary implements AutoCloseable {

    final TestClock clock = new TestClock(Instant.parse("2024-03-01T08:00:00.123Z"));
    final Database database;
    final ArticleRepository articles;
    final SearchIndex search;
    final CodebookRepository codebook;
    final AnnotationRepository annotations;
    private final IndexFolder index;
    private final LibraryImportStore store;

    TestLibrary(Path folder) {
        database = Database.open(folder.resolve("library.sqlite"));
        articles = new ArticleRepository(database);
        index = IndexFolder.open(database);
        search = new SearchIndex(database, index);
        codebook = new CodebookRepository(database);
        annotations = new AnnotationRepository(database, clock);
        store = new LibraryImportStore(database, () -> index.changed(database));
    }

    /** Stores one article in a file of its own and returns its id. */
    long store(Article article) {
        String name = "file-" + TestArticles.fingerprint(article).substring(0, 12) + ".html";
        return store.store(List.of(TestArticles.file(name, article))).get(0).get(0);
    }

    /** Returns the id of the code with this path, such as 措施/亮旗评比. */
    long code(String path) {
        return find(path).id();
    }

    Code find(String path) {
        Codebook tree = new Codebook(codebook.all());
        return tree.all().stream().filter(code -> tree.path(code).equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("No code " + path));
    }

    /** Returns the anchor of the first place {@code exact} occurs in the article's text. */
    Anchor anchor(long articleId, String exact) {
        String text = articles.find(articleId).orElseThrow().article().text();
        return anchor(text, exact);
    }

    /** Returns the anchor of the first place {@code exact} occurs in the text, in code points. */
    static Anchor anchor(String text, String exact) {
        int at = text.indexOf(exact);
        if (at < 0) {
            throw new AssertionError(exact + " is not in " + text);
        }
        int start = text.codePointCount(0, at);
        int end = start + exact.codePointCount(0, exact.length());
        int length = text.codePointCount(0, text.length());
        return new Anchor(start, end, exact, slice(text, Math.max(0, start - Anchor.CONTEXT), start),
                slice(text, end, Math.min(length, end + Anchor.CONTEXT)));
    }

    private static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    @Override
    public void close() {
        index.release(database);
        database.close();
    }

    /** A clock that stands still until a test moves it. */
    static final class TestClock extends Clock {

        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
