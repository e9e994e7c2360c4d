package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * New articles inverted in a batch and written whole make the very segment Lucene's own
 * inversion of the same documents makes: the same fields, terms, documents, counts, positions,
 * norms and ids, so every search finds and ranks the same. The batch, read as a segment before
 * it is written, already is that segment.
 */
class IndexBatchTest {

    /** Articles of every shape an import meets, beside the sample library's real ones. */
    private static final List<String[]> SHAPES = List.of(
            new String[] {"枣庄市召开会议", "", "会议强调，稳定。\n枣庄要做好“亮红黄旗”工作，返岗率达98%。"},
            new String[] {"只有标题", null, null},
            new String[] {"Title in English", "COVID-19", "The rate rose to 98.5% in Q3; 约谈 3 officials."},
            new String[] {"标点", null, "。，！？……——"},
            new String[] {"𠮷野家", "吉𠮷", "𠮷𠮷𠮷是一个字，不是两个。𠮷"},
            new String[] {"重复", null, "约谈约谈约谈，约谈。约谈"});

    @Test
    void aWrittenBatchIsTheSegmentLucenesOwnInversionMakes() throws IOException {
        List<String[]> articles = new ArrayList<>(SHAPES);
        articles.addAll(sampleArticles());

        assertSameSegments(articles, articles.size());
    }

    @Test
    void aSmallerBatchAfterALargerOneIsItsOwnSegmentAndNothingOfTheFirst() throws IOException {
        List<String[]> articles = new ArrayList<>(sampleArticles());
        articles.addAll(SHAPES);

        assertSameSegments(articles, articles.size() - SHAPES.size());
    }

    @Test
    void everyEntryHasANormInEveryFieldOfTextSoThatNormsAreKeptDense() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, IndexFolder.config(IndexWriterConfig.OpenMode.CREATE))) {
                IndexBatch batch = new IndexBatch(writer.getConfig().getSimilarity());
                for (int i = 0; i < SHAPES.size(); i++) {
                    String[] article = SHAPES.get(i);
                    batch.add(i + 1, article[0], article[1], article[2]);
                }
                batch.writeTo(writer);
                writer.addDocument(SearchFields.document(SHAPES.size() + 1, null, null, "只有正文"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(2);
                for (var leaf : reader.leaves()) {
                    for (String text : SearchFields.TEXTS) {
                        for (String field : List.of(text, SearchFields.characters(text))) {
                            NumericDocValues norms = leaf.reader().getNormValues(field);
                            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                                assertThat(norms.advanceExact(doc)).as(field + " of " + doc).isTrue();
                            }
                        }
                    }
                }
                // The article with a title only: no norm of its kicker or body counts a word.
                NumericDocValues kickers = reader.leaves().get(0).reader().getNormValues(SearchFields.KICKER);
                assertThat(kickers.advanceExact(1)).isTrue();
                assertThat(kickers.longValue()).isZero();
            }
        }
    }

    @Test
    void aFullBatchIsWrittenBehindWhileTheNextFillsAndBothAreLucenesOwnSegmentsInOrder() throws IOException {
        List<String[]> articles = new ArrayList<>(sampleArticles());
        articles.addAll(SHAPES);
        int split = articles.size() - SHAPES.size();
        List<Runnable> queued = new ArrayList<>();
        try (Directory lucenes = new ByteBuffersDirectory(); Directory batched = new ByteBuffersDirectory()) {
            indexWithLucene(lucenes, articles, split);
            try (IndexWriter writer = new IndexWriter(batched, IndexFolder.config(IndexWriterConfig.OpenMode.CREATE))) {
                IndexBatch batch = new IndexBatch(writer.getConfig().getSimilarity(), queued::add, 1);
                for (int i = 0; i < articles.size(); i++) {
                    String[] article = articles.get(i);
                    batch.add(i + 1, article[0], article[1], article[2]);
                    if (i + 1 == split) {
                        assertThat(batch.full()).isTrue();
                        batch.writeBehind(writer);
                        assertThat(queued).hasSize(1);
                        assertThat(batch.isEmpty()).as("a batch whose write is under way").isFalse();
                    }
                }
                assertThat(writer.getDocStats().maxDoc).as("documents before the write behind has run").isZero();
                queued.remove(0).run();
                batch.writeTo(writer);
                assertThat(batch.isEmpty()).isTrue();
            }
            try (DirectoryReader expected = DirectoryReader.open(lucenes);
                    DirectoryReader actual = DirectoryReader.open(batched)) {
                assertThat(actual.leaves()).hasSize(2);
                for (int i = 0; i < 2; i++) {
                    assertSameSegment(expected.leaves().get(i).reader(), actual.leaves().get(i).reader());
                }
            }
        }
    }

    @Test
    void aWriteBehindThatFailsIsThrownByTheNextWriteAndLeavesTheBatchEmpty() throws IOException {
        List<Runnable> queued = new ArrayList<>();
        try (Directory directory = new ByteBuffersDirectory()) {
            IndexWriter writer = new IndexWriter(directory, IndexFolder.config(IndexWriterConfig.OpenMode.CREATE));
            IndexBatch batch = new IndexBatch(writer.getConfig().getSimilarity(), queued::add, 1);
            batch.add(1, "枣庄市召开会议", null, "会议强调，稳定。");
            batch.writeBehind(writer);
            batch.add(2, "只有标题", null, null);
            writer.close();
            queued.remove(0).run();

            assertThatThrownBy(() -> batch.writeTo(writer)).isInstanceOf(AlreadyClosedException.class);
            assertThat(batch.isEmpty()).isTrue();
            batch.writeTo(writer);
        }
    }

    private static void indexWithLucene(Directory directory, List<String[]> articles, int split) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, IndexFolder.config(IndexWriterConfig.OpenMode.CREATE))) {
            for (int i = 0; i < articles.size(); i++) {
                if (i == split) {
                    writer.flush();
                }
                String[] article = articles.get(i);
                writer.addDocument(SearchFields.document(i + 1, article[0], article[1], article[2]));
            }
        }
    }

    /**
     * Indexes the articles with Lucene's own inversion and in batches, the first batch (and
     * segment) ending before the article at {@code split}, and compares the segments.
     */
    private static void assertSameSegments(List<String[]> articles, int split) throws IOException {
        try (Directory lucenes = new ByteBuffersDirectory(); Directory batched = new ByteBuffersDirectory()) {
            indexWithLucene(lucenes, articles, split);
            try (DirectoryReader expected = DirectoryReader.open(lucenes)) {
                assertThat(expected.leaves()).hasSize(split < articles.size() ? 2 : 1);
                try (IndexWriter writer = new IndexWriter(batched,
                        IndexFolder.config(IndexWriterConfig.OpenMode.CREATE))) {
                    IndexBatch batch = new IndexBatch(writer.getConfig().getSimilarity());
                    for (int i = 0; i < articles.size(); i++) {
                        if (i == split) {
                            assertSameSegment(expected.leaves().get(0).reader(), batch.asReader());
                            batch.writeTo(writer);
                        }
                        String[] article = articles.get(i);
                        batch.add(i + 1, article[0], article[1], article[2]);
                    }
                    assertSameSegment(expected.leaves().get(expected.leaves().size() - 1).reader(), batch.asReader());
                    batch.writeTo(writer);
                    assertThat(batch.isEmpty()).isTrue();
                }
                try (DirectoryReader actual = DirectoryReader.open(batched)) {
                    assertThat(actual.leaves()).hasSameSizeAs(expected.leaves());
                    for (int i = 0; i < expected.leaves().size(); i++) {
                        assertSameSegment(expected.leaves().get(i).reader(), actual.leaves().get(i).reader());
                    }
                }
            }
        }
    }

    private static List<String[]> sampleArticles() throws IOException {
        List<String[]> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String firstLine = text.lines().findFirst().orElse("");
                articles.add(new String[] {firstLine, null, text});
            }
        }
        assertThat(articles).hasSizeGreaterThanOrEqualTo(5);
        return articles;
    }

    private static void assertSameSegment(LeafReader expected, LeafReader actual) throws IOException {
        assertThat(actual.maxDoc()).isEqualTo(expected.maxDoc());
        List<String> fields = new ArrayList<>();
        for (FieldInfo field : expected.getFieldInfos()) {
            FieldInfo other = actual.getFieldInfos().fieldInfo(field.name);
            assertThat(other).as(field.name).isNotNull();
            assertThat(other.getIndexOptions()).as(field.name).isEqualTo(field.getIndexOptions());
            assertThat(other.omitsNorms()).as(field.name).isEqualTo(field.omitsNorms());
            assertThat(other.getDocValuesType()).as(field.name).isEqualTo(field.getDocValuesType());
            fields.add(field.name);
        }
        assertThat(actual.getFieldInfos().size()).isEqualTo(fields.size());
        for (String field : fields) {
            assertSameTerms(field, expected.terms(field), actual.terms(field));
            assertSameValues(field, expected.getNormValues(field), actual.getNormValues(field));
        }
        assertSameValues(SearchFields.ID, expected.getNumericDocValues(SearchFields.ID),
                actual.getNumericDocValues(SearchFields.ID));
    }

    private static void assertSameTerms(String field, Terms expected, Terms actual) throws IOException {
        if (expected == null) {
            assertThat(actual).as(field).isNull();
            return;
        }
        assertThat(actual).as(field).isNotNull();
        assertThat(actual.size()).as(field).isEqualTo(expected.size());
        assertThat(actual.getDocCount()).as(field).isEqualTo(expected.getDocCount());
        assertThat(actual.getSumDocFreq()).as(field).isEqualTo(expected.getSumDocFreq());
        assertThat(actual.getSumTotalTermFreq()).as(field).isEqualTo(expected.getSumTotalTermFreq());
        TermsEnum expectedTerms = expected.iterator();
        TermsEnum actualTerms = actual.iterator();
        for (BytesRef term = expectedTerms.next(); term != null; term = expectedTerms.next()) {
            String where = field + ":" + term.utf8ToString();
            assertThat(actualTerms.next()).as(where).isEqualTo(term);
            assertThat(actualTerms.docFreq()).as(where).isEqualTo(expectedTerms.docFreq());
            assertThat(actualTerms.totalTermFreq()).as(where).isEqualTo(expectedTerms.totalTermFreq());
            assertSamePostings(where, expectedTerms.postings(null, PostingsEnum.ALL),
                    actualTerms.postings(null, PostingsEnum.ALL), expected.hasPositions());
        }
        assertThat(actualTerms.next()).as(field).isNull();
    }

    private static void assertSamePostings(String where, PostingsEnum expected, PostingsEnum actual,
            boolean positions) throws IOException {
        for (int doc = expected.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expected.nextDoc()) {
            assertThat(actual.nextDoc()).as(where).isEqualTo(doc);
            assertThat(actual.freq()).as(where + " in " + doc).isEqualTo(expected.freq());
            for (int i = 0; positions && i < expected.freq(); i++) {
                assertThat(actual.nextPosition()).as(where + " in " + doc).isEqualTo(expected.nextPosition());
            }
        }
        assertThat(actual.nextDoc()).as(where).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    }

    private static void assertSameValues(String field, NumericDocValues expected, NumericDocValues actual)
            throws IOException {
        if (expected == null) {
            assertThat(actual).as(field).isNull();
            return;
        }
        for (int doc = expected.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expected.nextDoc()) {
            assertThat(actual.nextDoc()).as(field).isEqualTo(doc);
            assertThat(actual.longValue()).as(field + " of " + doc).isEqualTo(expected.longValue());
        }
        assertThat(actual.nextDoc()).as(field).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    }
}
