package com.flagmark.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CueWordsTest {

    /** Three groups: the second is empty, as a rule whose cue is a line's start has no words. */
    private static final List<List<String>> GROUPS = List.of(List.of("版权", "©"), List.of(), List.of("编", "审", "校对"));
    private static final CueWords WORDS = new CueWords(GROUPS);

    @Test
    void findsAWordAtTheStartInTheMiddleAndAtTheEnd() {
        assertThat(WORDS.foundIn("版权所有")).isEqualTo(0b001);
        assertThat(WORDS.foundIn("本站所载文章版权归作者")).isEqualTo(0b001);
        assertThat(WORDS.foundIn("2024 某某网 ©")).isEqualTo(0b001);
    }

    @Test
    void setsTheBitOfEveryGroupWithAWordInTheLine() {
        assertThat(WORDS.foundIn("责任编辑：王五　版权所有")).isEqualTo(0b101);
        assertThat(WORDS.foundIn("编审")).isEqualTo(0b100);
    }

    @Test
    void findsNothingForTheFirstCharacterOfAWordAlone() {
        assertThat(WORDS.foundIn("出版")).isZero();
        assertThat(WORDS.foundIn("学校")).isZero();
        assertThat(WORDS.foundIn("")).isZero();
    }

    @Test
    void refusesMoreGroupsThanBitsInItsAnswer() {
        List<List<String>> tooMany = Collections.nCopies(CueWords.MOST_GROUPS + 1, List.of("版权"));
        assertThatThrownBy(() -> new CueWords(tooMany)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whatever the line, a group's bit is set exactly when one of its words is in it somewhere. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"校对：王五", "学校对面的道路已经修通", "𠮷野家审批", "审审审", "版版权权", "©©",
        "会议强调，要加强知识产权保护，打击侵犯版权所有人合法权益的行为。", "校", "审核：张三 编辑：李四 校对：王五"})
    void agreesWithAWordByWordSearch(String line) {
        long expected = 0;
        for (int group = 0; group < GROUPS.size(); group++) {
            if (GROUPS.get(group).stream().anyMatch(line::contains)) {
                expected |= 1L << group;
            }
        }
        assertThat(WORDS.foundIn(line)).isEqualTo(expected);
    }
}
