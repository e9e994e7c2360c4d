package com.flagmark.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Author;
import org.junit.jupiter.api.Test;

class PageNamesOfPeopleTest {

    @Test
    void anAuthorsPostAfterTheNameIsNoPartOfIt() {
        assertThat(PageNamesOfPeople.bracketedCredits("……才是衡量政策执行效果的基本尺度。（作者韩涵系政邦智库研究员）"))
                .containsExactly(Author.of("韩涵", "作者"));
    }

    @Test
    void aCreditInBracketsMustBeNamesAlone() {
        assertThat(PageNamesOfPeople.bracketedCredits("会议由（记者站站长主持工作的副站长）召集。")).isEmpty();
    }
}
