package com.flagmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {

    @Test
    void blocksAreJoinedWithOneLineBreakBetweenEach() {
        assertThat(CanonicalText.of(List.of(Block.paragraph("稳定。"), Block.paragraph("枣庄𠮷")))).isEqualTo("稳定。\n枣庄𠮷");
    }

    @Test
    void noBlocksGiveNoText() {
        assertThat(CanonicalText.of(List.of())).isEmpty();
    }
}
