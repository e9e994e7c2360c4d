package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Correction;
import com.flagmark.model.MetadataField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing and searching the articles a filter lets through: 大众日报 of 2022-02-08 09:28 +08:00,
 * 潍坊日报 of 2022-02-09 07:00, a photo story of 2022-03-01 without source, and an article
 * without date or source.
 */
class ArticleFilterTest {

    @TempDir
    Path folder;

    private TestLibrary library;
    private long flags;
    private long projects;
    private long photo;
    private long undated;

    @BeforeEach
    void open() {
        library = new TestLibrary(folder);
        flags = library.store(TestArticles.flags());
        projects = library.store(TestArticles.projects());
        photo = library.store(TestArticles.photoStory());
        undated = library.store(TestArticles.withBody("无日期", "项目建设全面起势，对进度滞后的项目亮红牌。"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theEmptyFilterListsEveryArticle() {
        assertThat(ids(ArticleFilter.ALL)).containsExactly(flags, projects, photo, undated);
        assertThat(library.articles.list()).isEqualTo(library.articles.list(ArticleFilter.ALL));
    }

    @Test
    void summarisesTheArticlesOfGivenIdsInTheirOrder() {
        assertThat(library.articles.summaries(List.of(photo, flags, 999_999L))).extracting(ArticleSummary::id)
                .containsExactly(photo, flags);
        assertThat(library.articles.summaries(List.of(flags))).isEqualTo(List.of(library.articles.list().get(0)));
        assertThat(library.articles.summaries(List.of())).isEmpty();
    }

    @Test
    void summarisesMoreIdsThanOneStatementCanBind() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1_000_000, 1_260_000).boxed().toList());
        ids.add(130_000, projects);
        ids.add(photo);

        assertThat(library.articles.summaries(ids)).extracting(ArticleSummary::id).containsExactly(projects, photo);
    }

    @Test
    void listsTheArticlesOfOneSource() {
        assertThat(ids(ArticleFilter.ALL.withSource("潍坊日报"))).containsExactly(projects);
        assertThat(ids(ArticleFilter.ALL.withSource("潍坊"))).isEmpty();
        assertThat(library.articles.sources()).containsExactly("大众日报", "潍坊日报");
    }

    @Test
    void dateRangesIncludeBothEndsOnTheSourcesCalendarAndLeaveOutUndatedArticles() {
        LocalDate february8 = LocalDate.of(2022, 2, 8);
        LocalDate february9 = LocalDate.of(2022, 2, 9);

        assertThat(ids(dates(february8, february8))).containsExactly(flags);
        assertThat(ids(dates(february8, february9))).containsExactly(flags, projects);
        assertThat(ids(ArticleFilter.ALL.withDates(Optional.of(february9), Optional.empty())))
                .containsExactly(projects, photo);
        assertThat(ids(ArticleFilter.ALL.withDates(Optional.empty(), Optional.of(LocalDate.of(2022, 3, 1)))))
                .containsExactly(flags, projects, photo);
        assertThat(ids(dates(LocalDate.of(2022, 2, 10), LocalDate.of(2022, 2, 28)))).isEmpty();
    }

    @Test
    void aCodeFilterFindsArticlesCodedWithItOrAnyCodeBelowIt() {
        annotate(projects, "红牌", "措施/蓝黄红督导");
        annotate(flags, "约谈", "措施/约谈问责");
        annotate(flags, "开工", "成效/项目进展");

        assertThat(ids(ArticleFilter.ALL.withCode(library.code("措施")))).containsExactly(flags, projects);
        assertThat(ids(ArticleFilter.ALL.withCode(library.code("措施/蓝黄红督导")))).containsExactly(projects);
        assertThat(ids(ArticleFilter.ALL.withCode(library.code("成效")))).containsExactly(flags);
        assertThat(ids(ArticleFilter.ALL.withCode(library.code("地区")))).isEmpty();
    }

    @Test
    void annotatedOnlyListsArticlesWithAnnotationsAndEachSummaryCountsThem() {
        annotate(flags, "约谈", "措施/约谈问责");
        annotate(flags, "红旗", "措施/亮旗评比");
        annotate(undated, "红牌", "措施/蓝黄红督导");

        assertThat(ids(ArticleFilter.ALL.withAnnotatedOnly())).containsExactly(flags, undated);
        assertThat(library.articles.list()).extracting(ArticleSummary::annotationCount).containsExactly(2, 0, 0, 1);
    }

    @Test
    void partsOfAFilterAllHold() {
        annotate(flags, "约谈", "措施/约谈问责");
        annotate(undated, "红牌", "措施/蓝黄红督导");

        ArticleFilter filter = ArticleFilter.ALL.withAnnotatedOnly().withDates(Optional.of(LocalDate.of(2022, 1, 1)),
                Optional.empty());

        assertThat(ids(filter)).containsExactly(flags);
        assertThat(ids(filter.withSource("潍坊日报"))).isEmpty();
    }

    @Test
    void searchFindsOnlyWhatTheFilterLetsThrough() {
        annotate(undated, "红牌", "措施/蓝黄红督导");

        assertThat(hits("项目", ArticleFilter.ALL)).containsExactlyInAnyOrder(flags, projects, undated);
        assertThat(hits("项目", ArticleFilter.ALL.withSource("潍坊日报"))).containsExactly(projects);
        assertThat(hits("项目", ArticleFilter.ALL.withCode(library.code("措施")))).containsExactly(undated);
        assertThat(hits("项目", dates(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 8)))).containsExactly(flags);
        assertThat(hits("装盒", ArticleFilter.ALL.withSource("大众日报"))).isEmpty();
    }

    private void annotate(long article, String exact, String codePath) {
        library.annotations.create(article, library.anchor(article, exact), List.of(library.code(codePath)), "",
                Map.of(), "wang");
    }

    /** The paged list reads its ids in SQL: a source the user corrected is what it filters and sorts by. */
    @Test
    void thePagedListFiltersAndSortsByTheCorrectedSource() {
        ArticleOrder bySource = new ArticleOrder(ArticleOrder.Key.SOURCE, false);
        assertThat(pagedIds(ArticleFilter.ALL, bySource)).containsExactly(photo, undated, flags, projects);

        new ArticleCorrections(library.database, library.clock).replace(
                Map.of(photo, Map.of(MetadataField.SOURCE, Correction.of(MetadataField.SOURCE, "潍坊日报")),
                        projects, Map.of(MetadataField.SOURCE, Correction.of(MetadataField.SOURCE, "齐鲁晚报"))),
                Set.of(MetadataField.SOURCE));

        assertThat(pagedIds(ArticleFilter.ALL.withSource("潍坊日报"), ArticleOrder.IMPORTED)).containsExactly(photo);
        assertThat(pagedIds(ArticleFilter.ALL.withSource("齐鲁晚报"), ArticleOrder.IMPORTED)).containsExactly(projects);
        assertThat(pagedIds(ArticleFilter.ALL, bySource)).containsExactly(undated, flags, photo, projects);
        assertThat(library.articles.sources()).containsExactly("大众日报", "潍坊日报", "齐鲁晚报");
    }

    private List<Long> pagedIds(ArticleFilter filter, ArticleOrder order) {
        return Arrays.stream(library.articles.ids(filter, order)).boxed().toList();
    }

    private static ArticleFilter dates(LocalDate from, LocalDate to) {
        return ArticleFilter.ALL.withDates(Optional.of(from), Optional.of(to));
    }

    private List<Long> ids(ArticleFilter filter) {
        return library.articles.list(filter).stream().map(ArticleSummary::id).toList();
    }

    private List<Long> hits(String query, ArticleFilter filter) {
        return library.search.search(query, filter, 10).hits().stream().map(SearchHit::id).toList();
    }
}
