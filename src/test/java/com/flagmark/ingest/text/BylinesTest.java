package com.flagmark.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Author;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @Test
    void joinsTwoCharacterNamesTypesetWithASpace() {
        assertThat(Bylines.read("□记者 张 蓓 谭佃贵 通讯员 孙光辉 报道")).contains(List.of(
                Author.of("张蓓", "记者"), Author.of("谭佃贵", "记者"), Author.of("孙光辉", "通讯员")));
    }

    @Test
    void readsReporterAndCorrespondentOfThePaper() {
        assertThat(Bylines.read("本报记者 张蓓 本报通讯员 于志君"))
                .contains(List.of(Author.of("张蓓", "记者"), Author.of("于志君", "通讯员")));
    }

    @Test
    void givesTheCompilerTheRoleOfCompiling() {
        assertThat(Bylines.read("YMG全媒体记者 衣文萍 整理")).contains(List.of(Author.of("衣文萍", "整理")));
        assertThat(Bylines.isClosing("YMG全媒体记者 衣文萍 整理")).isTrue();
    }

    @Test
    void readsARoleWrittenTogetherWithTheName() {
        assertThat(Bylines.read("记者黄啟峰")).contains(List.of(Author.of("黄啟峰", "记者")));
    }

    @Test
    void readsTheSignatureOfAColumnByItsPosition() {
        assertThat(Bylines.read("区总工会党组书记、常务副主席 刘都侠")).contains(List.of(Author.of("刘都侠", "作者")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"济南", "保障用工谋划早", "记者手记", "现场“解题”", "本报潍坊讯",
        "2月7日，春节假期后上班第一天，记者张三在现场。", "亮红黄旗", "全面推进乡村振兴加快建设农业强国扎实推动共同富裕",
        "新华社特约撰稿人", "记者 张三，李四", "本报记者 王五 报道!"})
    void isNoBylineForHeadingsAndProse(String line) {
        assertThat(Bylines.isByline(line)).isFalse();
    }

    @Test
    void readsARoleAfterAnyCharactersBeforeIt() {
        assertThat(Bylines.read("新华社特约撰稿人 王小明")).contains(List.of(Author.of("王小明", "撰稿人")));
        assertThat(Bylines.read("YMG全媒体首席摄影 李四 摄")).contains(List.of(Author.of("李四", "摄")));
    }
}
