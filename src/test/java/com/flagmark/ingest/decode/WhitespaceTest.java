package com.flagmark.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void collapsesEveryKindOfWhitespaceToOneSpaceAndTrimsTheEnds() {
        assertThat(Whitespace.normalize("\u3000\u3000记者　张 蓓\t\n\u00A0谭佃贵 \r\n")).isEqualTo("记者 张 蓓 谭佃贵");
    }

    @Test
    void dropsInvisibleCharactersWithoutLeavingASpace() {
        assertThat(Whitespace.normalize("\uFEFF约\u200B谈\u00AD问责")).isEqualTo("约谈问责");
    }

    @Test
    void keepsTextWithoutWhitespaceAsItIs() {
        assertThat(Whitespace.normalize(new StringBuilder("亮红黄旗，约谈问责。"))).isEqualTo("亮红黄旗，约谈问责。");
        assertThat(Whitespace.normalize(" \t ")).isEmpty();
    }
}
