package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The terms a field gives Lucene: the UTF-8 of each word and character, with its place or count. */
class IndexTermsTest {

    @Test
    void wordsAreTheRunsEndsAndEachPairSideBySideAtTheirPlaces() throws IOException {
        assertThat(read(IndexTerms.of("约谈𠮷。ok").words(), false))
                .containsExactly("约@0", "约谈@0", "谈𠮷@1", "𠮷@2", "ok@4");
    }

    @Test
    void charactersComeOnceEachWithTheirCount() throws IOException {
        assertThat(read(IndexTerms.of("约谈约𠮷").characters(), true))
                .containsExactly("约×2", "谈×1", "𠮷×1");
    }

    @Test
    void eachTermIsTheUtf8OfItsCharacters() throws IOException {
        TokenStream words = IndexTerms.of("é𠮷").words();
        TermToBytesRefAttribute term = words.getAttribute(TermToBytesRefAttribute.class);
        words.reset();
        List<BytesRef> bytes = new ArrayList<>();
        while (words.incrementToken()) {
            bytes.add(BytesRef.deepCopyOf(term.getBytesRef()));
        }
        assertThat(bytes).contains(new BytesRef(new byte[] {(byte) 0xC3, (byte) 0xA9}),
                new BytesRef(new byte[] {(byte) 0xF0, (byte) 0xA0, (byte) 0xAE, (byte) 0xB7}));
    }

    /** Reads the stream as "term@position" or, for counted characters, "term×count". */
    private static List<String> read(TokenStream stream, boolean counted) throws IOException {
        TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
        PositionIncrementAttribute increment = stream.getAttribute(PositionIncrementAttribute.class);
        TermFrequencyAttribute frequency = stream.getAttribute(TermFrequencyAttribute.class);
        List<String> terms = new ArrayList<>();
        stream.reset();
        int position = -1;
        while (stream.incrementToken()) {
            position += increment.getPositionIncrement();
            String text = term.getBytesRef().utf8ToString();
            terms.add(counted ? text + "×" + frequency.getTermFrequency() : text + "@" + position);
        }
        return terms;
    }
}
