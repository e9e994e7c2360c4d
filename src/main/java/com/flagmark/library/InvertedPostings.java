package com.flagmark.library;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * One field's postings for a batch, sorted by term ({@link InvertedField#postings}), read by
 * Lucene through its own {@link Terms} interface as it writes the batch into a segment.
 *
 * @param termBytes the terms' bytes, in their order
 * @param starts where each term's entries start in {@code documents} and {@code values}, and
 *        after the last term where the entries end
 * @param documents each entry's document, the entries of a term in order; the array may go on
 *        past the last entry
 * @param values each entry's position, for a field with positions; otherwise its count
 * @param norms each document's norm, -1 where it has no text in the field
 */
record InvertedPostings(IndexOptions options, BytesRef[] termBytes, int[] starts, int[] documents,
        int[] values, long[] norms) {

    private boolean positions() {
        return options == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
    }

    /** The field's terms, or null when no document has any: as a Lucene reader answers for such a field. */
    Terms terms() {
        if (termBytes.length == 0) {
            return null;
        }
        return new Terms() {
            @Override
            public TermsEnum iterator() {
                return new Enum();
            }

            @Override
            public long size() {
                return termBytes.length;
            }

            @Override
            public long getSumTotalTermFreq() {
                if (positions() || options == IndexOptions.DOCS) {
                    return entries();
                }
                return Arrays.stream(values, 0, entries()).asLongStream().sum();
            }

            @Override
            public long getSumDocFreq() {
                long sum = 0;
                for (int term = 0; term < termBytes.length; term++) {
                    sum += documentsOf(term);
                }
                return sum;
            }

            @Override
            public int getDocCount() {
                return (int) Arrays.stream(documents, 0, entries()).distinct().count();
            }

            @Override
            public boolean hasFreqs() {
                return options != IndexOptions.DOCS;
            }

            @Override
            public boolean hasOffsets() {
                return false;
            }

            @Override
            public boolean hasPositions() {
                return positions();
            }

            @Override
            public boolean hasPayloads() {
                return false;
            }
        };
    }

    private int entries() {
        return starts[termBytes.length];
    }

    /** The norms of the documents that have text in the field. */
    NumericDocValues normValues() {
        return BatchReader.valuesOf(norms, norms.length);
    }

    /** How many documents hold the term at {@code term} in the terms' order. */
    private int documentsOf(int term) {
        if (!positions()) {
            return starts[term + 1] - starts[term];
        }
        int count = 0;
        for (int entry = starts[term]; entry < starts[term + 1]; entry++) {
            if (entry == starts[term] || documents[entry] != documents[entry - 1]) {
                count++;
            }
        }
        return count;
    }

    /** The terms in the order of their bytes. */
    private final class Enum extends BaseTermsEnum {
        private int ord = -1;

        @Override
        public BytesRef next() {
            if (ord + 1 >= termBytes.length) {
                ord = termBytes.length;
                return null;
            }
            ord++;
            return termBytes[ord];
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int low = 0;
            int high = termBytes.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int comparison = termBytes[middle].compareTo(text);
                if (comparison == 0) {
                    ord = middle;
                    return SeekStatus.FOUND;
                } else if (comparison < 0) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            ord = low;
            return low >= termBytes.length ? SeekStatus.END : SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long ordinal) {
            ord = (int) ordinal;
        }

        @Override
        public BytesRef term() {
            return termBytes[ord];
        }

        @Override
        public long ord() {
            return ord;
        }

        @Override
        public int docFreq() {
            return documentsOf(ord);
        }

        @Override
        public long totalTermFreq() {
            if (positions() || options == IndexOptions.DOCS) {
                return starts[ord + 1] - starts[ord];
            }
            long sum = 0;
            for (int entry = starts[ord]; entry < starts[ord + 1]; entry++) {
                sum += values[entry];
            }
            return sum;
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            return new Postings(starts[ord], starts[ord + 1]);
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /** One term's documents, with each one's count and positions. */
    private final class Postings extends PostingsEnum {
        private final int start;
        private final int end;
        private int first;
        private int after;
        private int position;
        private int document = -1;

        Postings(int start, int end) {
            this.start = start;
            this.end = end;
            this.after = start;
        }

        @Override
        public int nextDoc() {
            first = after;
            if (first >= end) {
                document = NO_MORE_DOCS;
                return document;
            }
            document = documents[first];
            after = first + 1;
            if (positions()) {
                while (after < end && documents[after] == document) {
                    after++;
                }
            }
            position = first;
            return document;
        }

        @Override
        public int freq() {
            if (positions()) {
                return after - first;
            }
            return options == IndexOptions.DOCS ? 1 : values[first];
        }

        @Override
        public int nextPosition() {
            return positions() ? values[position++] : -1;
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }

        @Override
        public int docID() {
            return document;
        }

        @Override
        public int advance(int target) throws IOException {
            return slowAdvance(target);
        }

        @Override
        public long cost() {
            return end - start;
        }
    }
}
