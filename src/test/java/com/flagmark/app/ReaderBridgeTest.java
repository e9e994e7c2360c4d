package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bridge answers only its page's token and passes on only offsets and ids of that page. */
class ReaderBridgeTest {

    private static final String TEXT = "𠮷林市约谈 三家单位\n通报批评";

    private final List<String> heard = new ArrayList<>();
    private final ReaderBridge bridge = new ReaderBridge(new ReaderBridge.Receiver() {
        @Override
        public void selected(Optional<int[]> span) {
            heard.add(span.map(ends -> ends[0] + "–" + ends[1]).orElse("none"));
        }

        @Override
        public void activated(List<Long> ids) {
            heard.add("clicked " + ids);
        }

        @Override
        public void suggestionActivated(List<Long> ids) {
            heard.add("suggestion " + ids);
        }

        @Override
        public void openOriginal() {
            heard.add("original");
        }
    });
    private String token;

    @BeforeEach
    void attach() {
        token = bridge.attach(TEXT, Set.of(3L, 7L), Set.of(12L));
    }

    @Test
    void callsWithTheTokenArePassedOn() {
        bridge.select(token, 0, 3);
        bridge.activate(token, "3 7");
        bridge.openOriginal(token);
        bridge.clearSelection(token);

        assertThat(heard).containsExactly("0–3", "clicked [3, 7]", "original", "none");
    }

    @Test
    void callsWithoutTheTokenAreIgnored() {
        bridge.select(null, 0, 3);
        bridge.select("", 0, 3);
        bridge.select(token.substring(1), 0, 3);
        bridge.activate("0".repeat(token.length()), "3");
        bridge.openOriginal(null);
        bridge.clearSelection("token");

        assertThat(heard).isEmpty();
    }

    @Test
    void anEarlierPagesTokenIsIgnored() {
        String earlier = token;
        String current = bridge.attach(TEXT, Set.of(3L), Set.of());

        bridge.select(earlier, 0, 3);
        bridge.select(current, 0, 3);

        assertThat(current).isNotEqualTo(earlier);
        assertThat(heard).containsExactly("0–3");
    }

    @Test
    void nothingIsAnsweredOnceThePageIsGone() {
        bridge.detach();

        bridge.select(token, 0, 3);

        assertThat(heard).isEmpty();
    }

    @Test
    void offsetsOutsideTheTextAreIgnored() {
        bridge.select(token, -1, 3);
        bridge.select(token, 5, 5);
        bridge.select(token, 6, 4);
        bridge.select(token, 0, TEXT.codePointCount(0, TEXT.length()) + 1);

        assertThat(heard).isEmpty();
    }

    @Test
    void aSelectionIsTrimmedAndOneOfOnlyWhiteSpaceIsNone() {
        bridge.select(token, 4, 6);
        bridge.select(token, 5, 6);
        bridge.select(token, 10, 11);

        assertThat(heard).containsExactly("4–5", "none", "none");
    }

    @Test
    void idsMustBeOnThePageAndWrittenAsNumbers() {
        bridge.activate(token, "3 8");
        bridge.activate(token, "3,7");
        bridge.activate(token, "");
        bridge.activate(token, null);
        bridge.activate(token, " 3");
        bridge.activate(token, "3 7 ".repeat(200).strip());

        assertThat(heard).isEmpty();
    }

    @Test
    void aClickOnASuggestionIsPassedOnOnlyForSuggestionsOnThePage() {
        bridge.activateSuggestion(token, "12");
        bridge.activateSuggestion(token, "3");
        bridge.activate(token, "12");

        assertThat(heard).containsExactly("suggestion [12]");
    }
}
