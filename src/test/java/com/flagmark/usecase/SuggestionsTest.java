package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.library.Backups;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Code;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions stored, listed with their statuses and reviewed with undo, on a real library and the real pass. */
class SuggestionsTest {

    /** 潍坊市 three times (370700), 寒亭区 (370703), one 约谈 and the figure 返岗率达98%. */
    private static final String WEIFANG = "潍坊市召开项目建设推进会，部署全年工作。\n\n3月1日，潍坊市召开重点项目建设推进会，"
            + "对进度滞后的3家单位主要负责人进行约谈。截至2月20日，全市返岗率达98%。潍坊市寒亭区总投资9.2亿元的项目开工。\n";
    /** 朝阳区, which names a district of 北京市 and one of 长春市, with nothing else to tell which. */
    private static final String CHAOYANG = "朝阳区推进重点项目\n\n朝阳区召开会议，对进度滞后的单位进行约谈。\n";

    @TempDir
    Path temp;

    private Path folder;
    private LibrarySession session;
    private Suggestions suggestions;
    private long weifang;
    private long chaoyang;

    @BeforeEach
    void importTwoArticles() throws IOException {
        folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), WEIFANG);
        Files.writeString(folder.resolve("b.txt"), CHAOYANG);
        session = LibrarySession.open(temp.resolve("library.sqlite"), "tester");
        session.importPath(folder, 1).run(Progress.NONE);
        weifang = session.articles().get(0).id();
        chaoyang = session.articles().get(1).id();
        suggestions = session.suggestions();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void suggestionsAreComputedOnceAndAgainWhenTheCueWordsChange() {
        assertThat(suggestions.missing(List.of())).isEqualTo(2);
        assertThat(suggestions.computeMissing(List.of()).run(Progress.NONE)).isEqualTo(2);
        assertThat(suggestions.missing(List.of())).isZero();

        addCue("措施/约谈问责", "进行约谈");

        assertThat(suggestions.missing(List.of())).isEqualTo(2);
    }

    @Test
    void beforeTheWarmUpAnArticleGetsItsMeasuresAndOutcomesAtOnceAndNothingIsStored() {
        ArticleSuggestions first = suggestions.atOnce(chaoyang);

        assertThat(first.complete()).isFalse();
        assertThat(first.suggestions()).extracting(each -> each.suggestion().exact(), each -> each.suggestion().code())
                .containsExactly(Tuple.tuple("约谈", "措施/约谈问责"));
        assertThat(suggestions.missing(List.of(chaoyang))).isEqualTo(1);
    }

    @Test
    void afterTheWarmUpAnArticleGetsAllItsSuggestionsAtOnceAndStoresThem() {
        suggestions.warmUp();

        ArticleSuggestions first = suggestions.atOnce(chaoyang);

        assertThat(first.complete()).isTrue();
        assertThat(first.suggestions()).extracting(each -> each.suggestion().code())
                .containsOnly("地区", "措施/约谈问责");
        assertThat(suggestions.missing(List.of(chaoyang))).isZero();
    }

    @Test
    void withTheSegmenterAloneLoadedAnArticleGetsItsMeasuresAndOutcomesAtOnceAndNothingIsStored() {
        suggestions.loadSegmenter();

        ArticleSuggestions first = suggestions.atOnce(chaoyang);

        assertThat(first.complete()).isFalse();
        assertThat(first.suggestions()).extracting(each -> each.suggestion().code())
                .containsOnly("措施/约谈问责");
        assertThat(suggestions.missing(List.of(chaoyang))).isEqualTo(1);
    }

    @Test
    void storedSuggestionsAreWholeAtOnceWithoutTheWarmUp() {
        suggestions.computeMissing(List.of(weifang)).run(Progress.NONE);
        LibrarySession reopened = LibrarySession.open(temp.resolve("library.sqlite"), "tester");
        try {
            ArticleSuggestions stored = reopened.suggestions().atOnce(weifang);

            assertThat(stored.complete()).isTrue();
            assertThat(stored.suggestions()).extracting(each -> each.suggestion().code()).contains("地区");
        } finally {
            reopened.close();
        }
    }

    @Test
    void acceptingASuggestionCodesItsPassageWithItsAttributes() {
        CodeSuggestion figure = open(weifang, "返岗率达98%", "成效/复工复产");

        session.perform(edits -> suggestions.accept(figure));

        Annotation annotation = session.annotations(weifang).get(0);
        assertThat(annotation.anchor().start()).isEqualTo(offset(weifangText(), "返岗率达98%"));
        assertThat(annotation.anchor().exact()).isEqualTo("返岗率达98%");
        assertThat(annotation.codeIds()).containsExactly(code("成效/复工复产").id());
        assertThat(annotation.attributes()).isEqualTo(Map.of("indicator", "返岗率", "value", "98", "unit", "%"));
        assertThat(statusOf(figure)).isEqualTo(SuggestionStatus.ACCEPTED);
    }

    @Test
    void undoingAnAcceptLeavesTheSuggestionOpenAgain() {
        CodeSuggestion measure = open(weifang, "约谈", "措施/约谈问责");
        session.perform(edits -> suggestions.accept(measure));

        session.undo();

        assertThat(session.annotations(weifang)).isEmpty();
        assertThat(statusOf(measure)).isEqualTo(SuggestionStatus.OPEN);
    }

    @Test
    void editThenAcceptStoresTheEditedValues() {
        CodeSuggestion figure = open(weifang, "返岗率达98%", "成效/复工复产");

        session.perform(edits -> suggestions.accept(figure, Map.of("indicator", "全市返岗率", "value", "98",
                "unit", "%", "asOf", "2022-02-20"), "截至2月20日"));

        Annotation annotation = session.annotations(weifang).get(0);
        assertThat(annotation.attributes()).containsEntry("indicator", "全市返岗率").containsEntry("asOf", "2022-02-20");
        assertThat(annotation.note()).isEqualTo("截至2月20日");
        assertThat(statusOf(figure)).isEqualTo(SuggestionStatus.ACCEPTED);
    }

    @Test
    void aRejectionSticksWhenSuggestionsAreComputedAgain() {
        CodeSuggestion measure = open(weifang, "约谈", "措施/约谈问责");
        session.perform(edits -> suggestions.reject(measure));

        addCue("措施/约谈问责", "主要负责人");
        suggestions.computeMissing(List.of()).run(Progress.NONE);

        ReviewedSuggestion again = find(weifang, "约谈", "措施/约谈问责");
        assertThat(again.suggestion().id()).isNotEqualTo(measure.id());
        assertThat(again.status()).isEqualTo(SuggestionStatus.REJECTED);
    }

    @Test
    void aRejectionSticksWhenTheSameFileIsImportedAgain() {
        CodeSuggestion region = open(weifang, "寒亭区", "地区");
        session.perform(edits -> suggestions.reject(region));

        session.importPath(folder, 1).run(Progress.NONE);
        suggestions.computeMissing(List.of()).run(Progress.NONE);

        assertThat(session.articleCount()).isEqualTo(2);
        assertThat(find(weifang, "寒亭区", "地区").status()).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(suggestions.rejections()).singleElement()
                .satisfies(rejection -> assertThat(rejection.anchor().exact()).isEqualTo("寒亭区"));
    }

    @Test
    void undoingARejectionForgetsIt() {
        CodeSuggestion region = open(weifang, "寒亭区", "地区");
        session.perform(edits -> suggestions.reject(region));

        session.undo();

        assertThat(suggestions.rejections()).isEmpty();
        assertThat(statusOf(region)).isEqualTo(SuggestionStatus.OPEN);
    }

    @Test
    void aRuleRejectsTheTextAsThatCodeInEveryArticleUntilItIsForgotten() {
        suggestions.computeMissing(List.of()).run(Progress.NONE);

        session.perform(edits -> suggestions.neverSuggest("约谈", "措施"));

        assertThat(find(weifang, "约谈", "措施/约谈问责").status()).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(find(chaoyang, "约谈", "措施/约谈问责").status()).isEqualTo(SuggestionStatus.REJECTED);
        long rule = suggestions.rules().get(0).id();
        session.perform(edits -> suggestions.forgetRule(rule));
        assertThat(find(chaoyang, "约谈", "措施/约谈问责").status()).isEqualTo(SuggestionStatus.OPEN);
    }

    @Test
    void choosingACandidateLinksAnAmbiguousRegionToIt() {
        CodeSuggestion region = open(chaoyang, "朝阳区", "地区");
        assertThat(region.candidates()).extracting(CodeSuggestion.Candidate::gazetteer).contains("110105", "220104");
        CodeSuggestion.Candidate beijing = region.candidates().stream()
                .filter(candidate -> candidate.gazetteer().equals("110105")).findFirst().orElseThrow();

        session.perform(edits -> suggestions.choose(region, beijing));

        assertThat(session.annotations(chaoyang).get(0).attributes())
                .isEqualTo(Map.of("gazetteer", "110105", "level", "county"));
    }

    @Test
    void bulkAcceptSkipsPassagesAlreadyCodedWithTheSameCode() {
        suggestions.computeMissing(List.of()).run(Progress.NONE);
        int second = offset(weifangText(), "潍坊市召开重点");
        session.perform(edits -> edits.annotate(weifang, Anchors.of(weifangText(), second, second + 3),
                List.of(code("地区").id()), "", Map.of()));
        SuggestionQuery everyWeifang = SuggestionQuery.everything().withCodes(List.of("地区"))
                .withAttributes(Map.of("gazetteer", "370700"));

        BulkAcceptance plan = suggestions.planBulkAccept(everyWeifang);

        assertThat(plan.count()).isEqualTo(2);
        assertThat(plan.skipped()).isZero();
        session.perform(edits -> suggestions.acceptAll(plan));
        assertThat(session.annotations(weifang)).hasSize(3)
                .allSatisfy(annotation -> assertThat(annotation.anchor().exact()).isEqualTo("潍坊市"));
    }

    @Test
    void bulkAcceptCountsWhatOverlapsAnAnnotationOfTheSameCodeAsSkipped() {
        suggestions.computeMissing(List.of()).run(Progress.NONE);
        int county = offset(weifangText(), "潍坊市寒亭区");
        session.perform(edits -> edits.annotate(weifang, Anchors.of(weifangText(), county, county + 6),
                List.of(code("地区").id()), "", Map.of()));

        BulkAcceptance plan = suggestions.planBulkAccept(SuggestionQuery.everything().inArticles(List.of(weifang))
                .withCodes(List.of("地区")));

        assertThat(plan.accepted()).extracting(CodeSuggestion::start)
                .containsExactly(0, offset(weifangText(), "潍坊市召开重点"));
        assertThat(plan.skipped()).isEqualTo(2);
    }

    @Test
    void undoingABulkAcceptRemovesEveryAnnotationItMadeInOneStep() {
        suggestions.computeMissing(List.of()).run(Progress.NONE);
        BulkAcceptance plan = suggestions.planBulkAccept(SuggestionQuery.everything().withCodes(List.of("措施")));
        assertThat(plan.count()).isEqualTo(2);
        session.perform(edits -> suggestions.acceptAll(plan));
        assertThat(session.annotations()).hasSize(2);

        session.undo();

        assertThat(session.annotations()).isEmpty();
        session.redo();
        assertThat(session.annotations()).hasSize(2);
    }

    @Test
    void aBulkAcceptAsksTheGuardFirst() {
        List<String> guarded = new ArrayList<>();
        Suggestions guardedSuggestions = new Suggestions(session, sessionLibrary(), (what, count) ->
                guarded.add(what + " " + count));
        guardedSuggestions.computeMissing(List.of()).run(Progress.NONE);
        BulkAcceptance plan = guardedSuggestions.planBulkAccept(SuggestionQuery.everything().withCodes(List.of("措施")));

        session.perform(edits -> guardedSuggestions.acceptAll(plan));

        assertThat(guarded).containsExactly("accept-suggestions 2");
    }

    @Test
    void aBulkAcceptBacksTheLibraryUpBeforeItWrites() {
        suggestions.computeMissing(List.of()).run(Progress.NONE);
        BulkAcceptance plan = suggestions.planBulkAccept(SuggestionQuery.everything().withCodes(List.of("措施")));

        session.perform(edits -> suggestions.acceptAll(plan));

        assertThat(Backups.list(session.file())).extracting(Backups.Backup::reason)
                .contains("before-accept-suggestions");
    }

    @Test
    void aLibraryOpenForReadingOnlyShowsItsStoredSuggestionsAndComputesNone() throws IOException,
            InterruptedException {
        int stored = suggestions.ofArticle(weifang).size();
        Path file = session.file();
        session.close();
        if (new ProcessBuilder("chattr", "+i", file.toString()).start().waitFor() != 0) {
            Assumptions.abort("files cannot be made immutable here (chattr +i)");
        }
        try {
            session = LibrarySession.openExisting(file, "tester");
            Suggestions readOnly = session.suggestions();

            assertThat(readOnly.ofArticle(weifang)).hasSize(stored);
            assertThat(readOnly.ofArticle(chaoyang)).isEmpty();
            assertThat(readOnly.computeMissing(List.of()).run(Progress.NONE)).isZero();
        } finally {
            new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
        }
    }

    @Test
    void listingKeepsTheTierAndStatusesAsked() {
        suggestions.computeMissing(List.of()).run(Progress.NONE);
        CodeSuggestion measure = open(weifang, "约谈", "措施/约谈问责");
        session.perform(edits -> suggestions.reject(measure));

        List<ReviewedSuggestion> openHigh = suggestions.list(SuggestionQuery.everything()
                .withTier(Optional.of(CodeSuggestion.Tier.HIGH))
                .withStatuses(EnumSet.of(SuggestionStatus.OPEN)));

        assertThat(openHigh).isNotEmpty().allSatisfy(each -> {
            assertThat(each.status()).isEqualTo(SuggestionStatus.OPEN);
            assertThat(each.suggestion().tier()).isEqualTo(CodeSuggestion.Tier.HIGH);
        });
        assertThat(openHigh).noneMatch(each -> each.suggestion().id() == measure.id());
    }

    private CodeSuggestion open(long articleId, String exact, String code) {
        ReviewedSuggestion found = suggestions.ofArticle(articleId).stream()
                .filter(each -> each.suggestion().exact().equals(exact) && each.suggestion().code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("No suggestion " + exact + " as " + code));
        assertThat(found.status()).isEqualTo(SuggestionStatus.OPEN);
        return found.suggestion();
    }

    private ReviewedSuggestion find(long articleId, String exact, String code) {
        return suggestions.ofArticle(articleId).stream()
                .filter(each -> each.suggestion().exact().equals(exact) && each.suggestion().code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("No suggestion " + exact + " as " + code));
    }

    private SuggestionStatus statusOf(CodeSuggestion suggestion) {
        return suggestions.find(suggestion.id()).orElseThrow().status();
    }

    private void addCue(String path, String cue) {
        Code before = code(path);
        List<String> cues = new ArrayList<>(before.cues());
        cues.add(cue);
        Code after = new Code(before.id(), before.parentId(), before.name(), before.englishName(), before.colour(),
                before.shortcut(), before.description(), before.codable(), before.attributes(), cues, before.position());
        session.perform(edits -> edits.editCode(before, after));
    }

    private Code code(String path) {
        return session.codebook().resolve(path).orElseThrow();
    }

    private Library sessionLibrary() {
        return session.library();
    }

    private String weifangText() {
        return session.article(weifang).orElseThrow().article().text();
    }

    private static int offset(String text, String quote) {
        return CanonicalText.offsetOf(text, text.indexOf(quote));
    }
}
