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

    @Test
    void everyCharacterAloneBetweenOthersOrDoubledIsTreatedAsTheCharacterTablesSay() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] {"" + c, "甲" + c, c + "乙", "甲" + c + "乙", "甲" + c + c + "乙", "a " + c + " b"}) {
                assertThat(Whitespace.normalize(text)).as("U+%04X in %s", (int) c, text).isEqualTo(collapsed(text));
            }
        }
    }

    /** What normalizing means, written out plainly: invisible characters out, runs of white space one space, ends trimmed. */
    private static String collapsed(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.toCharArray()) {
            if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
