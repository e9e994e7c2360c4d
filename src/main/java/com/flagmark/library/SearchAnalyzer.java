package com.flagmark.library;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns a field's text into the terms the index holds: every {@link SearchTokens} token, and
 * for two one-character tokens side by side the two-character word they make, at the position
 * of its first character. Where anything separates two tokens (punctuation, a space, a line
 * break) the position skips one, so a phrase never spans it: 稳定。枣庄 holds no 定枣.
 */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new PairTokenizer());
    }

    /** Emits the tokens of the whole field, each two-character word right after its first character. */
    private static final class PairTokenizer extends Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private List<SearchTokens.Token> tokens;
        private int next;
        private boolean pairDue;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (tokens == null) {
                tokens = SearchTokens.of(readAll());
            }
            if (pairDue) {
                SearchTokens.Token first = tokens.get(next - 1);
                SearchTokens.Token second = tokens.get(next);
                emit(first.text() + second.text(), first.start(), second.end(), 0);
                pairDue = false;
                return true;
            }
            if (next >= tokens.size()) {
                return false;
            }
            SearchTokens.Token token = tokens.get(next);
            emit(token.text(), token.start(), token.end(), next == 0 ? 1 : SearchQuery.step(tokens.get(next - 1), token));
            next++;
            pairDue = next < tokens.size() && token.pairsWith(tokens.get(next));
            return true;
        }

        private void emit(String value, int start, int end, int positionIncrement) {
            term.setEmpty().append(value);
            offset.setOffset(correctOffset(start), correctOffset(end));
            increment.setPositionIncrement(positionIncrement);
        }

        private String readAll() throws IOException {
            text.setLength(0);
            char[] buffer = new char[4096];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(text.length());
            offset.setOffset(last, last);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = null;
            next = 0;
            pairDue = false;
        }
    }
}
