package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTest {

    @Test
    void twoNeighbouringCharactersAlsoMakeAWordAtTheFirstOnesPlace() throws IOException {
        assertThat(terms("约谈")).containsExactly("约@0", "约谈@0", "谈@1");
    }

    @Test
    void punctuationAndLineBreaksLeaveAGapAndNoWordAcrossIt() throws IOException {
        assertThat(terms("稳定。\n枣庄")).containsExactly("稳@0", "稳定@0", "定@1", "枣@3", "枣庄@3", "庄@4");
    }

    @Test
    void latinRunsAreWholeTermsAndPairWithNothing() throws IOException {
        assertThat(terms("5G网络 OLED")).containsExactly("5g@0", "网@1", "网络@1", "络@2", "oled@4");
    }

    @Test
    void characterOutsideTheBasicPlanePairsLikeAnyOther() throws IOException {
        assertThat(terms("𠮷野")).containsExactly("𠮷@0", "𠮷野@0", "野@1");
    }

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (SearchAnalyzer analyzer = new SearchAnalyzer(); TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term + "@" + position);
            }
            stream.end();
        }
        return terms;
    }
}
