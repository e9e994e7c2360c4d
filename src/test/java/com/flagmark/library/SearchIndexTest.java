package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.model.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {

    @TempDir
    Path folder;

    private Library library;
    private long flags;
    private long projects;
    private long photo;

    @BeforeEach
    void storeArticles() {
        library = Library.open(folder.resolve("library.sqlite"));
        List<List<Long>> ids = library.importStore().store(List.of(
                TestArticles.file("a.html", TestArticles.flags()),
                TestArticles.file("b.html", TestArticles.projects()),
                TestArticles.file("c.html", TestArticles.photoStory())));
        flags = ids.get(0).get(0);
        projects = ids.get(1).get(0);
        photo = ids.get(2).get(0);
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }

    @Test
    void singleCharacterIsFound() {
        assertThat(ids("旗")).containsExactly(flags);
    }

    @Test
    void twoCharacterWordIsFound() {
        assertThat(ids("约谈")).containsExactly(flags);
        assertThat(ids("红旗")).containsExactly(flags);
    }

    @Test
    void listsEveryMatchingArticleUnrankedForAnExport() {
        assertThat(library.search().matchingIds("约谈")).containsExactly(flags);
        assertThat(library.search().matchingIds("\"(")).isEmpty();
    }

    @Test
    void twoCharactersApartAreNotAWord() {
        assertThat(ids("旗红")).isEmpty();
    }

    @Test
    void fourCharacterPhraseIsFound() {
        assertThat(ids("重点项目")).containsExactly(projects);
        assertThat(ids("春节假期")).containsExactly(flags);
    }

    @Test
    void latinAndDigitsAreFoundInAnyCase() {
        assertThat(ids("5G")).containsExactly(projects);
        assertThat(ids("5g")).containsExactly(projects);
        assertThat(ids("OLED")).containsExactly(projects);
        assertThat(ids("oled")).containsExactly(projects);
        assertThat(ids("ＯＬＥＤ")).containsExactly(projects);
    }

    @Test
    void everyTermMustMatch() {
        assertThat(ids("项目")).containsExactlyInAnyOrder(flags, projects);
        assertThat(ids("项目 5G")).containsExactly(projects);
        assertThat(ids("项目 约谈")).containsExactly(flags);
        assertThat(ids("约谈 5G")).isEmpty();
    }

    @Test
    void titleAndKickerAreSearched() {
        assertThat(ids("寒亭打响")).containsExactly(projects);
        assertThat(ids("创新向未来")).containsExactly(flags);
    }

    @Test
    void titleHitRanksBeforeBodyOnlyHit() {
        Article bodyOnly = TestArticles.withBody("春节后上班第一天",
                "各地召开开门红动员会，开门红成为热词，开门红，开门红。");
        Article inTitle = TestArticles.withBody("奋战新年开门红", "以项目建设之“进”支撑经济发展之“稳”。");
        List<List<Long>> ids = library.importStore().store(List.of(
                TestArticles.file("body.html", bodyOnly), TestArticles.file("title.html", inTitle)));

        assertThat(ids("开门红")).containsExactly(ids.get(1).get(0), ids.get(0).get(0));
    }

    @Test
    void hitCarriesTitleAndMarkedSnippet() {
        SearchHit hit = library.search().search("约谈", 10).get(0);

        assertThat(hit.title()).contains("动起来 跑起来 干起来");
        assertThat(hit.snippet().toMarkedHtml()).contains("进行<mark>约谈</mark>；");
    }

    @Test
    void titleOnlyHitShowsTheTitleMarked() {
        SearchHit hit = library.search().search("寒亭打响", 10).get(0);

        assertThat(hit.snippet().toMarkedHtml()).isEqualTo("<mark>寒亭打响</mark>项目建设发令枪");
    }

    @Test
    void articleWithoutTitleIsFound() {
        SearchHit hit = library.search().search("装盒", 10).get(0);

        assertThat(hit.id()).isEqualTo(photo);
        assertThat(hit.title()).isEmpty();
    }

    @Test
    void limitCapsTheHits() {
        assertThat(library.search().search("业", 1)).hasSize(1);
        assertThat(library.search().search("业", 10)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "AND", "OR", "NOT", "(", ")", "NEAR(", "NEAR(红旗 黄旗)", "-", ":",
            "'", "", "   ", "红旗\"", "\"红旗", "项目*", "title:旗", "-旗", "^旗", "{旗}", "旗 AND", "旗 OR 黄",
            "\\", "%", "_", "；", "“约谈”"})
    void userTextIsNeverASyntaxError(String query) {
        assertThat(library.search().search(query, 10)).isNotNull();
    }

    @Test
    void quotedWordIsFoundAsTheWord() {
        assertThat(ids("\"约谈\"")).containsExactly(flags);
        assertThat(ids("“约谈”")).containsExactly(flags);
        assertThat(ids("title:旗")).isEmpty();
    }

    @Test
    void textWithNothingSearchableFindsNothing() {
        assertThat(ids("  “”  ")).isEmpty();
    }

    @Test
    void limitBelowOneIsRefused() {
        assertThatThrownBy(() -> library.search().search("旗", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Long> ids(String query) {
        return library.search().search(query, 10).stream().map(SearchHit::id).toList();
    }
}
