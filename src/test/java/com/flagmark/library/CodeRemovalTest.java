package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging and deleting codes with the annotations that carry them, and reverting both exactly. */
class CodeRemovalTest {

    @TempDir
    Path folder;

    private TestLibrary library;
    private long article;
    private long flags;
    private long redFlag;
    private long ranking;
    private long investment;
    private Annotation flagsOnly;
    private Annotation flagsAndRanking;
    private Annotation redFlagOnly;
    private Annotation investmentAndFlags;
    private List<Code> codesBefore;
    private List<Annotation> annotationsBefore;

    /**
     * 措施/亮旗评比 gets a child 红旗; four annotations carry 亮旗评比 alone, with 考核排名, its
     * child alone, and 投资 then 亮旗评比.
     */
    @BeforeEach
    void open() {
        library = new TestLibrary(folder);
        article = library.store(TestArticles.flags());
        flags = library.code("措施/亮旗评比");
        ranking = library.code("措施/考核排名");
        investment = library.code("成效/投资");
        redFlag = library.codebook.add(new Code(0, Optional.of(flags), "红旗", "Red flag", "#FF0000", Optional.empty(),
                "", true, List.of(), List.of("发红旗"), 0)).id();
        flagsOnly = annotate("亮黄旗", flags);
        flagsAndRanking = annotate("考核", flags, ranking);
        redFlagOnly = annotate("红旗", redFlag);
        investmentAndFlags = annotate("约谈", investment, flags);
        codesBefore = library.codebook.all();
        annotationsBefore = library.annotations.all();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void mergeRecodesAnnotationsMovesChildrenAndDeletesTheSource() {
        Removal removal = library.codebook.merge(flags, ranking);

        assertThat(library.find("措施/考核排名/红旗").id()).isEqualTo(redFlag);
        assertThat(new Codebook(library.codebook.all()).find(flags)).isEmpty();
        assertThat(codesOf(flagsOnly)).containsExactly(ranking);
        assertThat(codesOf(flagsAndRanking)).containsExactly(ranking);
        assertThat(codesOf(redFlagOnly)).containsExactly(redFlag);
        assertThat(codesOf(investmentAndFlags)).containsExactly(investment, ranking);
        assertThat(positions("措施")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(removal.codes()).extracting(Code::id).containsExactly(flags, redFlag);
        assertThat(removal.annotations()).containsExactlyInAnyOrder(flagsOnly, flagsAndRanking, investmentAndFlags);
    }

    @Test
    void revertingAMergeGivesBackTheCodesAndAnnotationsExactly() {
        library.codebook.revert(library.codebook.merge(flags, ranking));

        assertUnchanged();
    }

    @Test
    void mergeRefusesItselfACodeBelowItAClashingChildAndACategoryForCodedPassages() {
        library.codebook.add(new Code(0, Optional.of(ranking), "红旗", "Red flag", "#FF0000", Optional.empty(), "", true,
                List.of(), List.of(), 0));

        assertRefused(() -> library.codebook.merge(flags, flags), "cannot be merged into itself");
        assertRefused(() -> library.codebook.merge(flags, redFlag), "which lies below it");
        assertRefused(() -> library.codebook.merge(flags, ranking), "already a code named 红旗 under 措施/考核排名");
        assertRefused(() -> library.codebook.merge(ranking, library.code("成效")), "成效 is a category");
    }

    @Test
    void deleteWithReassignmentRecodesEveryAnnotationOfTheSubtree() {
        Removal removal = library.codebook.delete(flags, Optional.of(investment));

        assertThat(new Codebook(library.codebook.all()).find(redFlag)).isEmpty();
        assertThat(codesOf(flagsOnly)).containsExactly(investment);
        assertThat(codesOf(flagsAndRanking)).containsExactly(investment, ranking);
        assertThat(codesOf(redFlagOnly)).containsExactly(investment);
        assertThat(codesOf(investmentAndFlags)).containsExactly(investment);
        assertThat(removal.codes()).extracting(Code::id).containsExactly(flags, redFlag);
        assertThat(removal.annotations()).hasSize(4);
    }

    @Test
    void deleteWithoutReassignmentDropsTheCodesAndAnnotationsLeftWithNone() {
        library.codebook.delete(flags, Optional.empty());

        assertThat(library.annotations.find(flagsOnly.id())).isEmpty();
        assertThat(library.annotations.find(redFlagOnly.id())).isEmpty();
        assertThat(codesOf(flagsAndRanking)).containsExactly(ranking);
        assertThat(codesOf(investmentAndFlags)).containsExactly(investment);
        assertThat(positions("措施")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void revertingADeletionGivesBackTheCodesAndAnnotationsExactly() {
        library.codebook.revert(library.codebook.delete(flags, Optional.empty()));
        assertUnchanged();

        library.codebook.revert(library.codebook.delete(flags, Optional.of(investment)));
        assertUnchanged();
    }

    @Test
    void revertingTheDeletionOfAWholeCategoryGivesItBack() {
        library.codebook.revert(library.codebook.delete(library.code("措施"), Optional.of(investment)));

        assertUnchanged();
    }

    @Test
    void deleteRefusesToReassignToACodeItDeletesOrToACategory() {
        assertRefused(() -> library.codebook.delete(flags, Optional.of(redFlag)), "it is deleted with 措施/亮旗评比");
        assertRefused(() -> library.codebook.delete(flags, Optional.of(library.code("成效"))), "成效 is a category");
        assertRefused(() -> library.codebook.delete(4242, Optional.empty()), "no code 4242");
        assertUnchanged();
    }

    private Annotation annotate(String exact, Long... codes) {
        return library.annotations.create(article, library.anchor(article, exact), List.of(codes), exact,
                Map.of("rated", "县区"), "wang");
    }

    private List<Long> codesOf(Annotation annotation) {
        return library.annotations.find(annotation.id()).orElseThrow().codeIds();
    }

    private List<Integer> positions(String path) {
        return new Codebook(library.codebook.all()).children(library.code(path)).stream()
                .map(Code::position).toList();
    }

    private void assertUnchanged() {
        assertThat(library.codebook.all()).isEqualTo(codesBefore);
        assertThat(library.annotations.all()).isEqualTo(annotationsBefore);
    }

    private static void assertRefused(Runnable write, String message) {
        assertThatThrownBy(write::run).isInstanceOf(FlagmarkException.class).hasMessageContaining(message);
    }
}
