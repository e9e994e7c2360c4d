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
    void aPastedPageIsSearchedForByItsBeginningAndSaysSo() {
        SearchResult result = library.search().search("约谈" + "的".repeat(10_000), 10);
        assertThat(result.shortened()).isTrue();
        assertThat(result.total()).isZero();
        assertThat(library.search().search("约谈 " + "旗 ".repeat(5_000), 10).hits())
                .extracting(SearchHit::id).containsExactly(flags);
    }

    @Test
    void anOrdinaryQueryIsNotShortened() {
        assertThat(library.search().search("约谈", 10).shortened()).isFalse();
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
        SearchHit hit = library.search().search("约谈", 10).hits().get(0);

        assertThat(hit.title()).contains("动起来 跑起来 干起来");
        assertThat(hit.snippet().toMarkedHtml()).contains("进行<mark>约谈</mark>；");
    }

    @Test
    void titleOnlyHitShowsTheTitleMarked() {
        SearchHit hit = library.search().search("寒亭打响", 10).hits().get(0);

        assertThat(hit.snippet().toMarkedHtml()).isEqualTo("<mark>寒亭打响</mark>项目建设发令枪");
    }

    @Test
    void articleWithoutTitleIsFound() {
        SearchHit hit = library.search().search("装盒", 10).hits().get(0);

        assertThat(hit.id()).isEqualTo(photo);
        assertThat(hit.title()).isEmpty();
    }

    @Test
    void limitCapsTheHits() {
        assertThat(library.search().search("业", 1).hits()).hasSize(1);
        assertThat(library.search().search("业", 10).hits()).hasSize(3);
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

    @Test
    void twoCharactersOnEitherSideOfAFullStopAndLineBreakAreNotAWord() {
        long article = store(TestArticles.withParagraphs("经济运行保持稳定。", "枣庄市项目建设提速。"));

        assertThat(ids("定枣")).isEmpty();
        assertThat(ids("稳定")).containsExactly(article);
        assertThat(ids("枣庄市")).containsExactly(article);
        assertThat(ids("稳定。枣庄")).containsExactly(article);
    }

    @Test
    void phraseDoesNotSpanPunctuationInsideAParagraph() {
        long apart = store(TestArticles.withBody(null, "对落后单位进行约，谈话提醒。"));
        long together = store(TestArticles.withBody(null, "市纪委进行约谈。"));

        assertThat(ids("约谈")).containsExactlyInAnyOrder(flags, together);
        assertThat(ids("约，谈")).containsExactly(apart);
    }

    @Test
    void quoteStarAndAndBracketsAreSearchedForAsText() {
        long article = store(TestArticles.withBody(null, "R AND D（研发）投入增长，“开门红”工程*落地"));

        assertThat(ids("AND")).containsExactly(article);
        assertThat(ids("(研发)")).containsExactly(article);
        assertThat(ids("\"开门红\"")).contains(article);
        assertThat(ids("工程*")).containsExactly(article);
        assertThat(ids("D(研发)")).containsExactly(article);
    }

    @Test
    void characterOutsideTheBasicPlaneIsOneCharacter() {
        long article = store(TestArticles.withBody(null, "𠮷野家的牛肉饭"));

        assertThat(ids("𠮷")).containsExactly(article);
        assertThat(ids("𠮷野")).containsExactly(article);
        assertThat(ids("野家")).containsExactly(article);
        assertThat(ids("𠮷家")).isEmpty();
    }

    @Test
    void totalCountsEveryMatchingArticleBeyondThoseShown() {
        SearchResult result = library.search().search("业", 1);

        assertThat(result.hits()).hasSize(1);
        assertThat(result.total()).isEqualTo(3);
        assertThat(library.search().count("业")).isEqualTo(3);
        assertThat(library.search().count("约谈 春节假期")).isEqualTo(1);
        assertThat(library.search().count("“”")).isZero();
    }

    @Test
    void articlesStoredThroughAnotherOpeningOfTheFileAreFoundAtOnce() {
        try (Library other = Library.open(folder.resolve("library.sqlite"))) {
            other.importStore().store(List.of(TestArticles.file("d.html", TestArticles.withBody(null, "亮红旗晒黄旗"))));
        }

        assertThat(library.search().search("旗", 10).total()).isEqualTo(2);
    }

    @Test
    void aLongPhraseNeedsEveryCharacterSideBySide() {
        long whole = store(TestArticles.withBody(null, "全力推进农村厕所革命工作落实"));
        store(TestArticles.withBody(null, "推进农村厕，所革命工作"));
        store(TestArticles.withParagraphs("推进农村厕所", "革命工作"));
        store(TestArticles.withBody(null, "推进农村厕新革命工作"));
        long turned = store(TestArticles.withBody(null, "进农村厕所革命工作推"));

        assertThat(ids("推进农村厕所革命工作")).containsExactly(whole);
        assertThat(ids("进农村厕所革命工作")).containsExactlyInAnyOrder(whole, turned);
        assertThat(ids("力推进农村厕所革命工作落")).containsExactly(whole);
    }

    private long store(Article article) {
        return library.importStore().store(List.of(TestArticles.file(TestArticles.fingerprint(article) + ".html",
                article))).get(0).get(0);
    }

    private List<Long> ids(String query) {
        return library.search().search(query, 10).hits().stream().map(SearchHit::id).toList();
    }
}
