package com.flagmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditRoleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"记者, REPORTER", "本报记者, REPORTER", "新华社记者, REPORTER", "通讯员, CORRESPONDENT",
            "作者, AUTHOR", "执笔, AUTHOR", "文, AUTHOR", "责任编辑, EDITOR", "编辑, EDITOR", "责编, EDITOR",
            "摄影, PHOTOGRAPHER", "摄, PHOTOGRAPHER", "摄影记者, PHOTOGRAPHER", "编译, COMPILER", "整理, COMPILER", "整合, COMPILER",
            "editor, EDITOR"})
    void bylineWordTellsTheRole(String word, CreditRole role) {
        assertThat(CreditRole.of(Optional.of(word))).isEqualTo(role);
    }

    @Test
    void nameCreditedWithoutAWordIsAnAuthor() {
        assertThat(CreditRole.of(Optional.empty())).isEqualTo(CreditRole.AUTHOR);
    }

    @Test
    void articleAuthorsLeaveOutEditorsPhotographersAndCompilers() {
        List<Author> credits = List.of(Author.of("张鹏", "记者"), Author.of("杨倩", "责任编辑"),
                Author.of("李妍", "摄影"), Author.of("于志君", "通讯员"), Author.of("衣文萍", "整理"), Author.of("王磊", null));
        Article article = new Article(Optional.of("标题"), Optional.empty(), Optional.empty(), Optional.empty(),
                credits, Optional.empty(), List.of(Block.paragraph("正文。")), StoryRef.SINGLE);

        assertThat(article.authors()).extracting(Author::name).containsExactly("张鹏", "于志君", "王磊");
        assertThat(article.credits()).isEqualTo(credits);
    }
}
