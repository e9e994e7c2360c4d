package com.flagmark.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstUnitsTest {

    private static final List<String> WORDS = List.of("来源", "作者", "编辑", "字号[:：]", "大\\s*中\\s*小");
    private static final Pattern PATTERN = Pattern.compile(String.join("|", WORDS));
    private static final FirstUnits STARTS = FirstUnits.of(WORDS);

    @Test
    void findsTheMatchesThatASearchFindsInTheSameOrder() {
        String line = "2020年3月1日 来源：新华网 作者：王某 字号：大 中 小";
        Matcher matcher = PATTERN.matcher(line);
        StringBuilder found = new StringBuilder();
        for (int from = 0; STARTS.find(matcher, line, from); from = matcher.end()) {
            found.append(matcher.start()).append('-').append(matcher.end()).append(' ');
        }
        // 来源 at 10, 作者 at 17, 字号： at 23, 大 中 小 at 26 (written out by counting the line's characters)
        assertThat(found.toString()).isEqualTo("10-12 17-19 23-26 26-31 ");
    }

    @Test
    void findsAMatchThatEndsTheLine() {
        String line = "责任：编辑";
        Matcher matcher = PATTERN.matcher(line);
        assertThat(STARTS.find(matcher, line, 0)).isTrue();
        assertThat(matcher.group()).isEqualTo("编辑");
    }

    @Test
    void findsNothingWhereNoWordBegins() {
        String line = "会议强调，要加强知识产权保护";
        assertThat(STARTS.find(PATTERN.matcher(line), line, 0)).isFalse();
    }

    @Test
    void passesOverAFirstCharacterThatBeginsNoMatch() {
        String line = "大家好 大 中 小";
        Matcher matcher = PATTERN.matcher(line);
        assertThat(STARTS.find(matcher, line, 0)).isTrue();
        assertThat(matcher.start()).isEqualTo(4);
    }

    @Test
    void replacesEveryMatch() {
        String line = "来源：某报 编辑：某人";
        assertThat(STARTS.replaceAll(PATTERN.matcher(line), line, " ")).isEqualTo(" ：某报  ：某人");
    }

    @Test
    void returnsTheSameTextWhenNothingMatches() {
        String line = "会议强调";
        assertThat(STARTS.replaceAll(PATTERN.matcher(line), line, " ")).isSameAs(line);
    }
}
