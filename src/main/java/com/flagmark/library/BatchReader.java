package com.flagmark.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;

/**
 * A batch of new articles, already inverted, seen as a Lucene segment that is only read: the
 * index writer takes it in with {@code addIndexes}, writing it through its codec as it would
 * write documents it inverted itself. The fields and their options are those of
 * {@link SearchFields}; nothing is stored, and there are no deletions.
 */
final class BatchReader extends LeafReader {

    private final int size;
    private final long[] ids;
    private final Map<String, InvertedPostings> postings = new HashMap<>();
    private final FieldInfos fieldInfos;

    /**
     * @param ids each document's article id
     * @param key the field each entry is found by
     * @param texts the words and characters fields
     */
    BatchReader(int size, long[] ids, InvertedField key, List<InvertedField> texts) {
        this.size = size;
        this.ids = ids;
        List<FieldInfo> infos = new ArrayList<>();
        infos.add(indexed(key.name(), IndexOptions.DOCS, true, infos.size()));
        postings.put(key.name(), key.postings());
        infos.add(new FieldInfo(SearchFields.ID, infos.size(), false, false, false, IndexOptions.NONE,
                DocValuesType.NUMERIC, -1, new HashMap<>(), 0, 0, 0, 0, VectorEncoding.FLOAT32,
                VectorSimilarityFunction.EUCLIDEAN, false, false));
        // Every entry has every field of text, empty or not (SearchFields.addText).
        for (InvertedField text : texts) {
            infos.add(indexed(text.name(), text.options(), false, infos.size()));
            postings.put(text.name(), text.postings());
        }
        this.fieldInfos = new FieldInfos(infos.toArray(FieldInfo[]::new));
    }

    private static FieldInfo indexed(String name, IndexOptions options, boolean omitNorms, int number) {
        return new FieldInfo(name, number, false, omitNorms, false, options, DocValuesType.NONE, -1, new HashMap<>(),
                0, 0, 0, 0, VectorEncoding.FLOAT32, VectorSimilarityFunction.EUCLIDEAN, false, false);
    }

    @Override
    public Terms terms(String field) {
        InvertedPostings inverted = postings.get(field);
        return inverted == null ? null : inverted.terms();
    }

    @Override
    public NumericDocValues getNumericDocValues(String field) {
        if (!field.equals(SearchFields.ID)) {
            return null;
        }
        return valuesOf(ids, size);
    }

    @Override
    public NumericDocValues getNormValues(String field) {
        InvertedPostings inverted = postings.get(field);
        FieldInfo info = fieldInfos.fieldInfo(field);
        return inverted == null || info.omitsNorms() ? null : inverted.normValues();
    }

    /**
     * The first {@code size} of {@code values} as a field's values, one a document: a document
     * whose value is negative has none.
     */
    static NumericDocValues valuesOf(long[] values, int size) {
        return new NumericDocValues() {
            private int document = -1;

            @Override
            public long longValue() {
                return values[document];
            }

            @Override
            public boolean advanceExact(int target) {
                document = target;
                return values[target] >= 0;
            }

            @Override
            public int docID() {
                return document;
            }

            @Override
            public int nextDoc() {
                return advance(document + 1);
            }

            @Override
            public int advance(int target) {
                document = target;
                while (document < size && values[document] < 0) {
                    document++;
                }
                if (document >= size) {
                    document = NO_MORE_DOCS;
                }
                return document;
            }

            @Override
            public long cost() {
                return size;
            }
        };
    }

    @Override
    public FieldInfos getFieldInfos() {
        return fieldInfos;
    }

    @Override
    public Bits getLiveDocs() {
        return null;
    }

    @Override
    public int numDocs() {
        return size;
    }

    @Override
    public int maxDoc() {
        return size;
    }

    @Override
    public LeafMetaData getMetaData() {
        return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
    }

    @Override
    public StoredFields storedFields() {
        return new StoredFields() {
            @Override
            public void document(int docID, StoredFieldVisitor visitor) {
                // Nothing is stored: the text lives in the library file.
            }
        };
    }

    @Override
    public void document(int docID, StoredFieldVisitor visitor) {
        // Nothing is stored: the text lives in the library file.
    }

    @Override
    public TermVectors termVectors() {
        return TermVectors.EMPTY;
    }

    @Override
    public Fields getTermVectors(int docID) {
        return null;
    }

    @Override
    public BinaryDocValues getBinaryDocValues(String field) {
        return null;
    }

    @Override
    public SortedDocValues getSortedDocValues(String field) {
        return null;
    }

    @Override
    public SortedNumericDocValues getSortedNumericDocValues(String field) {
        return null;
    }

    @Override
    public SortedSetDocValues getSortedSetDocValues(String field) {
        return null;
    }

    @Override
    public FloatVectorValues getFloatVectorValues(String field) {
        return null;
    }

    @Override
    public ByteVectorValues getByteVectorValues(String field) {
        return null;
    }

    @Override
    public void searchNearestVectors(String field, float[] target, KnnCollector knnCollector, Bits acceptDocs) {
        // No field holds vectors.
    }

    @Override
    public void searchNearestVectors(String field, byte[] target, KnnCollector knnCollector, Bits acceptDocs) {
        // No field holds vectors.
    }

    @Override
    public PointValues getPointValues(String field) {
        return null;
    }

    @Override
    public void checkIntegrity() {
        // Held in memory, just built: there is nothing on disk to check.
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    protected void doClose() {
        // Holds nothing but arrays.
    }
}
