package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.flagmark.annotate.Anchors;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.Backups;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Progress;
import com.flagmark.model.RegionRule;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-cleaning a library an older cleaner made: texts made anew, annotations moved with their quote or orphaned. */
class RecleaningTest {

    private static final String MOVED = "对连续两次亮黄旗的项目负责人进行约谈";
    private static final String COMMENT = "这个调度会开得好";

    @TempDir
    Path folder;

    private LibrarySession session;
    private long articleId;

    @BeforeEach
    void openOlderLibrary() throws IOException, SQLException {
        Path file = folder.resolve("library.sqlite");
        OlderCleanerLibrary.write(file);
        session = LibrarySession.open(file, "tester");
        articleId = session.articles().get(0).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void libraryOfAnOlderCleanerHasItsArticlesToReclean() {
        assertThat(session.outdatedArticles()).isEqualTo(1);

        session.reclean(RecleanScope.outdated()).run(Progress.NONE);

        assertThat(session.outdatedArticles()).isZero();
    }

    @Test
    void recleaningBacksTheLibraryUpBeforeItWrites() {
        session.reclean(RecleanScope.outdated()).run(Progress.NONE);

        assertThat(Backups.list(session.file())).extracting(Backups.Backup::reason).contains("before-re-cleaning");
    }

    @Test
    void recleaningReplacesTheTextWithTheCurrentCleanersAndItsMetadata() {
        RecleanReport report = session.reclean(RecleanScope.outdated()).run(Progress.NONE);

        var article = session.article(articleId).orElseThrow().article();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(article.text()).doesNotContain("首页 | 新闻").doesNotContain(COMMENT).startsWith("2月13日，枣庄市召开");
        assertThat(article.date().orElseThrow().iso()).startsWith("2023-02-14");
        assertThat(article.source()).contains("枣庄日报");
    }

    @Test
    void movedAnnotationLandsOnTheSameQuote() {
        Annotation before = annotate(MOVED);

        RecleanReport report = session.reclean(RecleanScope.outdated()).run(Progress.NONE);

        Annotation after = session.annotations(articleId).get(0);
        String text = session.article(articleId).orElseThrow().article().text();
        assertThat(after.orphaned()).isFalse();
        assertThat(after.anchor().exact()).isEqualTo(MOVED);
        assertThat(after.anchor().start()).isLessThan(before.anchor().start());
        assertThat(CanonicalText.slice(text, after.anchor().start(), after.anchor().end())).isEqualTo(MOVED);
        assertThat(report.moved()).isEqualTo(1);
    }

    @Test
    void annotationOfARemovedParagraphIsOrphanedKeptAndReported() {
        Annotation comment = annotate(COMMENT);

        RecleanReport report = session.reclean(RecleanScope.outdated()).run(Progress.NONE);

        Annotation kept = session.annotations(articleId).get(0);
        assertThat(kept.orphaned()).isTrue();
        assertThat(kept.anchor()).isEqualTo(comment.anchor());
        assertThat(kept.codeIds()).isEqualTo(comment.codeIds());
        assertThat(report.orphaned()).containsExactly(new RecleanReport.Orphan(articleId, comment.id(), COMMENT));
    }

    @Test
    void undoWritesTheOlderTextBackWithItsAnnotationsInPlace() {
        Annotation moved = annotate(MOVED);
        Annotation comment = annotate(COMMENT);
        String olderText = text();

        RecleanReport report = session.reclean(RecleanScope.outdated()).run(Progress.NONE);
        session.recordDone(report.change().orElseThrow());
        session.undo();

        assertThat(text()).isEqualTo(olderText);
        assertThat(session.annotations(articleId)).extracting(Annotation::anchor, Annotation::orphaned)
                .containsExactly(tuple(moved.anchor(), false),
                        tuple(comment.anchor(), false));
        assertThat(session.outdatedArticles()).isEqualTo(1);
    }

    @Test
    void redoRecleansAgainAndPlacesAnAnnotationMadeInBetween() {
        RecleanReport report = session.reclean(RecleanScope.outdated()).run(Progress.NONE);
        session.recordDone(report.change().orElseThrow());
        String newText = text();
        session.undo();
        Annotation madeOnOlderText = annotate("首页 | 新闻");
        Annotation kept = annotate(MOVED);

        session.redo();

        assertThat(text()).isEqualTo(newText);
        List<Annotation> annotations = session.annotations(articleId);
        assertThat(annotations).filteredOn(annotation -> annotation.id() == madeOnOlderText.id())
                .singleElement().extracting(Annotation::orphaned).isEqualTo(true);
        assertThat(annotations).filteredOn(annotation -> annotation.id() == kept.id()).singleElement()
                .satisfies(annotation -> assertThat(Anchors.fits(newText, annotation.anchor())).isTrue());
    }

    @Test
    void searchFindsTheNewTextAndNotTheRemovedOne() {
        assertThat(session.count("这个调度会开得好")).isEqualTo(1);

        session.reclean(RecleanScope.outdated()).run(Progress.NONE);

        assertThat(session.count("这个调度会开得好")).isZero();
        assertThat(session.count("项目负责人进行约谈")).isEqualTo(1);
    }

    @Test
    void eachArticleWhoseTextChangedIsAnnouncedToTheHooks() {
        List<Long> changed = new ArrayList<>();
        int[] safeguards = new int[1];
        session.textChanges().afterTextChanged(changed::add);
        session.textChanges().beforeWriting(() -> safeguards[0]++);

        session.reclean(RecleanScope.articles(List.of(articleId))).run(Progress.NONE);

        assertThat(changed).containsExactly(articleId);
        assertThat(safeguards[0]).isEqualTo(1);
    }

    @Test
    void recleaningForgetsTheSuggestionsOfTheOlderTextAndKeepsItsRejections() {
        Suggestions suggestions = session.suggestions();
        ReviewedSuggestion measure = suggestions.ofArticle(articleId).stream()
                .filter(each -> each.suggestion().exact().equals("约谈")).findFirst().orElseThrow();
        session.perform(edits -> suggestions.reject(measure.suggestion()));

        session.reclean(RecleanScope.articles(List.of(articleId))).run(Progress.NONE);

        assertThat(session.library().suggestions().of(articleId)).isEmpty();
        String newText = text();
        List<ReviewedSuggestion> after = suggestions.ofArticle(articleId);
        assertThat(after).isNotEmpty().allSatisfy(each -> assertThat(CanonicalText.slice(newText,
                each.suggestion().start(), each.suggestion().end())).isEqualTo(each.suggestion().exact()));
        assertThat(after).filteredOn(each -> each.suggestion().exact().equals("约谈")
                && each.suggestion().code().equals(measure.suggestion().code()))
                .singleElement().extracting(ReviewedSuggestion::status).isEqualTo(SuggestionStatus.REJECTED);
    }

    @Test
    void recleaningWithTheCurrentCleanerAgainChangesNothing() {
        session.reclean(RecleanScope.all()).run(Progress.NONE);
        annotate(MOVED);

        RecleanReport again = session.reclean(RecleanScope.all()).run(Progress.NONE);

        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.moved()).isZero();
        assertThat(session.articles(ArticleFilter.ALL)).hasSize(1);
    }

    @Test
    void stoppedRecleaningTouchesNothing() {
        BackgroundTask<RecleanReport> task = session.reclean(RecleanScope.all());
        task.stop();

        RecleanReport report = task.run(Progress.NONE);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.change()).isEmpty();
        assertThat(session.outdatedArticles()).isEqualTo(1);
        assertThat(Ingester.CLEANER_VERSION).isGreaterThan(1);
    }

    @Test
    void aRecleanedArticleStandsForTheRegionsCodedInItStill() {
        String text = text();
        int start = CanonicalText.offsetOf(text, text.indexOf("枣庄市"));
        session.annotate(articleId, Anchors.of(text, start, start + 3),
                List.of(session.codebook().resolve("地区").orElseThrow().id()), "",
                Map.of("gazetteer", "370400", "level", "prefecture"));
        annotate("调度");
        Matrix before = measuresByPrefecture();

        session.reclean(RecleanScope.outdated()).run(Progress.NONE);

        assertThat(before.rows()).extracting(row -> row.region().orElseThrow().code()).containsExactly("370400");
        assertThat(measuresByPrefecture().rows()).extracting(row -> row.region().orElseThrow().code(),
                row -> row.total().articles()).containsExactly(tuple("370400", 1));
    }

    private Matrix measuresByPrefecture() {
        return new CodeRegionMatrix(session).compute(new CodeRegionMatrix.Request(RegionLevel.PREFECTURE,
                List.of(session.codebook().resolve("措施").orElseThrow().id()), RegionRule.ANY, PassageFilter.ALL));
    }

    private Annotation annotate(String quote) {
        String text = text();
        int start = CanonicalText.offsetOf(text, text.indexOf(quote));
        Anchor anchor = Anchors.of(text, start, start + CanonicalText.length(quote));
        long code = session.codebook().resolve("措施/约谈问责").orElseThrow().id();
        return session.annotate(articleId, anchor, List.of(code), "", Map.of());
    }

    private String text() {
        return session.article(articleId).orElseThrow().article().text();
    }
}
