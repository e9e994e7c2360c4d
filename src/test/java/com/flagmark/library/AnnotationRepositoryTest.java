package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationRepositoryTest {

    /** 𠮷 (U+20BB7) is one code point and two Java chars: offsets after it differ by one. */
    private static final String TEXT = "𠮷野家门店亮红旗，对后进的约谈问责。返岗率达98%。";

    @TempDir
    Path folder;

    private TestLibrary library;
    private long article;
    private long flags;
    private long interview;
    private long returnToWork;

    @BeforeEach
    void open() {
        library = new TestLibrary(folder);
        article = library.store(TestArticles.withBody("𠮷野家", TEXT));
        flags = library.code("措施/亮旗评比");
        interview = library.code("措施/约谈问责");
        returnToWork = library.code("成效/复工复产");
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void createdAnnotationComesBackWithEveryField() {
        Anchor anchor = library.anchor(article, "亮红旗");

        Annotation created = library.annotations.create(article, anchor, List.of(interview, flags), "两面旗",
                Map.of("colour", "红", "rated", "门店"), "wang");

        assertThat(anchor.start()).isEqualTo(5);
        assertThat(created.anchor()).isEqualTo(new Anchor(5, 8, "亮红旗", "𠮷野家门店", "，对后进的约谈问责。返岗率达98%。"));
        assertThat(created.codeIds()).containsExactly(interview, flags);
        assertThat(created.attributes()).containsExactly(Map.entry("colour", "红"), Map.entry("rated", "门店"));
        assertThat(created.note()).isEqualTo("两面旗");
        assertThat(created.coder()).isEqualTo("wang");
        assertThat(created.created()).isEqualTo(Instant.parse("2024-03-01T08:00:00.123Z")).isEqualTo(created.modified());
        assertThat(created.orphaned()).isFalse();
        assertThat(library.annotations.find(created.id())).contains(created);
        assertThat(library.annotations.of(article)).containsExactly(created);
        assertThat(library.annotations.all()).containsExactly(created);
    }

    @Test
    void aCodeGivenTwiceIsKeptOnceWhereItFirstAppears() {
        Annotation created = library.annotations.create(article, library.anchor(article, "约谈"),
                List.of(interview, flags, interview), "", Map.of(), "wang");

        assertThat(created.codeIds()).containsExactly(interview, flags);
    }

    @Test
    void updateStoresTheNewAnchorCodesNoteAndValuesAndTheTimeOfTheChange() {
        Annotation created = library.annotations.create(article, library.anchor(article, "返岗率"),
                List.of(returnToWork), "", Map.of(), "wang");
        library.clock.advanceMillis(60_000);

        Annotation updated = library.annotations.update(new Annotation(created.id(), 999, library.anchor(article, "返岗率达98%"),
                List.of(returnToWork, flags), "到岗", Map.of("value", "98", "unit", "%"), "li", Instant.EPOCH,
                Instant.EPOCH, false));

        assertThat(updated.anchor().exact()).isEqualTo("返岗率达98%");
        assertThat(updated.codeIds()).containsExactly(returnToWork, flags);
        assertThat(updated.note()).isEqualTo("到岗");
        assertThat(updated.attributes()).containsExactly(Map.entry("unit", "%"), Map.entry("value", "98"));
        assertThat(updated.articleId()).isEqualTo(article);
        assertThat(updated.coder()).isEqualTo("wang");
        assertThat(updated.created()).isEqualTo(created.created());
        assertThat(updated.modified()).isEqualTo(Instant.parse("2024-03-01T08:01:00.123Z"));
        assertThat(library.annotations.find(created.id())).contains(updated);
    }

    @Test
    void deleteReturnsTheAnnotationAndRestorePutsItBackUnderItsId() {
        Annotation created = library.annotations.create(article, library.anchor(article, "𠮷野家"),
                List.of(flags, interview), "门店", Map.of("cycle", "monthly"), "wang");
        library.clock.advanceMillis(5);

        Annotation deleted = library.annotations.delete(created.id());

        assertThat(deleted).isEqualTo(created);
        assertThat(library.annotations.find(created.id())).isEmpty();
        assertThat(library.annotations.restore(deleted)).isEqualTo(created);
        assertThat(library.annotations.all()).containsExactly(created);
    }

    @Test
    void restoreOverwritesTheAnnotationWithThatId() {
        Annotation created = library.annotations.create(article, library.anchor(article, "约谈"), List.of(interview),
                "", Map.of(), "wang");
        library.clock.advanceMillis(1_000);
        library.annotations.update(withNote(created, "改过"));

        assertThat(library.annotations.restore(created)).isEqualTo(created);
        assertThat(library.annotations.all()).containsExactly(created);
    }

    @Test
    void idsOfDeletedAnnotationsAreNotHandedOutAgain() {
        Annotation first = library.annotations.create(article, library.anchor(article, "约谈"), List.of(interview),
                "", Map.of(), "wang");
        library.annotations.delete(first.id());

        Annotation second = library.annotations.create(article, library.anchor(article, "约谈"), List.of(interview),
                "", Map.of(), "wang");

        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void annotationsOfAnArticleComeByStartThenEndThenId() {
        Annotation late = create("返岗率");
        Annotation longer = create("亮红旗，对后进");
        Annotation shorter = create("亮红旗");
        Annotation same = create("亮红旗");

        assertThat(library.annotations.of(article)).containsExactly(shorter, same, longer, late);
        assertThat(library.annotations.of(article + 1)).isEmpty();
    }

    @Test
    void refusesAnArticleThatIsNotThere() {
        assertRefused(() -> library.annotations.create(article + 7, library.anchor(article, "约谈"), List.of(flags),
                "", Map.of(), "wang"), "no article " + (article + 7));
    }

    @Test
    void refusesAnUnknownCodeACategoryAndNoCodeAtAll() {
        Anchor anchor = library.anchor(article, "约谈");

        assertRefused(() -> library.annotations.create(article, anchor, List.of(flags, 4242L), "", Map.of(), "wang"),
                "no code 4242");
        assertRefused(() -> library.annotations.create(article, anchor, List.of(library.code("措施")), "", Map.of(),
                "wang"), "措施 is a category");
        assertRefused(() -> library.annotations.create(article, anchor, List.of(), "", Map.of(), "wang"),
                "at least one code");
        assertThat(library.annotations.all()).isEmpty();
    }

    @Test
    void refusesAValueThatDoesNotFitTheTypeOfItsAttribute() {
        assertRefused(() -> library.annotations.create(article, library.anchor(article, "返岗率达98%"),
                List.of(returnToWork), "", Map.of("value", "九成八"), "wang"), "数值 (value) must be a number");
        assertRefused(() -> library.annotations.create(article, library.anchor(article, "亮红旗"), List.of(flags), "",
                Map.of("colour", "紫"), "wang"), "旗牌颜色 (colour) must be one of");
        assertThat(library.annotations.all()).isEmpty();
    }

    @Test
    void aRecodeKeepsTheValuesButAChangedValueMustFit() {
        Annotation created = library.annotations.create(article, library.anchor(article, "返岗率达98%"),
                List.of(returnToWork), "", Map.of("value", "98"), "wang");

        Annotation recoded = library.annotations.update(new Annotation(created.id(), article, created.anchor(),
                List.of(flags), "", Map.of("value", "98"), "wang", created.created(), created.modified(), false));

        assertThat(recoded.attributes()).containsExactly(Map.entry("value", "98"));
        assertRefused(() -> library.annotations.update(new Annotation(created.id(), article, created.anchor(),
                List.of(returnToWork), "", Map.of("value", "很多"), "wang", created.created(), created.modified(),
                false)), "must be a number");
    }

    @Test
    void refusesAnAnchorCountedInJavaCharsRatherThanCodePoints() {
        int charIndex = TEXT.indexOf("亮红旗");
        Anchor wrong = new Anchor(charIndex, charIndex + 3, "亮红旗", "", "");

        assertRefused(() -> library.annotations.create(article, wrong, List.of(flags), "", Map.of(), "wang"),
                "does not match the article's text");
        assertRefused(() -> library.annotations.create(article, new Anchor(30, 32, "。。", "", ""), List.of(flags), "",
                Map.of(), "wang"), "does not match");
    }

    @Test
    void anOrphanedAnnotationKeepsAnAnchorTheTextNoLongerHolds() {
        Annotation created = create("约谈");
        Anchor gone = new Anchor(13, 15, "谈话", "", "");

        Annotation orphaned = library.annotations.update(new Annotation(created.id(), article, gone, created.codeIds(),
                "", Map.of(), "wang", created.created(), created.modified(), true));

        assertThat(orphaned.orphaned()).isTrue();
        assertThat(orphaned.anchor()).isEqualTo(gone);
    }

    @Test
    void updateAndDeleteRefuseAnAnnotationThatIsNotThere() {
        Annotation created = create("约谈");
        library.annotations.delete(created.id());

        assertRefused(() -> library.annotations.update(created), "no annotation " + created.id());
        assertRefused(() -> library.annotations.delete(created.id()), "no annotation " + created.id());
    }

    @Test
    void deletingAnArticleDeletesItsAnnotations() throws SQLException {
        long other = library.store(TestArticles.flags());
        create("约谈");
        Annotation kept = library.annotations.create(other, library.anchor(other, "约谈"), List.of(interview), "",
                Map.of("rated", "主要负责人"), "wang");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.sqlite"));
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.executeUpdate("DELETE FROM articles WHERE id = " + article);
            assertThat(count(statement, "annotation_codes")).isEqualTo(1);
            assertThat(count(statement, "annotation_attributes")).isEqualTo(1);
        }

        assertThat(library.annotations.all()).containsExactly(kept);
    }

    private Annotation create(String exact) {
        return library.annotations.create(article, library.anchor(article, exact), List.of(flags), "", Map.of(), "wang");
    }

    private static Annotation withNote(Annotation annotation, String note) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.anchor(), annotation.codeIds(), note,
                annotation.attributes(), annotation.coder(), annotation.created(), annotation.modified(),
                annotation.orphaned());
    }

    private static int count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.getInt(1);
        }
    }

    private static void assertRefused(Runnable write, String message) {
        assertThatThrownBy(write::run).isInstanceOf(FlagmarkException.class).hasMessageContaining(message);
    }
}
