package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
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

class CodebookRepositoryTest {

    @TempDir
    Path folder;

    private TestLibrary library;
    private long outcomes;

    @BeforeEach
    void open() {
        library = new TestLibrary(folder);
        outcomes = library.code("成效");
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void addPutsTheCodeAtItsPositionAndMovesLaterSiblingsDown() {
        Code added = library.codebook.add(draft("返乡", Optional.of(outcomes), 1));

        assertThat(added.id()).isPositive();
        assertThat(added.position()).isEqualTo(1);
        assertThat(names(outcomes)).containsExactly("复工复产", "返乡", "投资", "项目进展", "就业", "产值增长", "企业");
        assertThat(positions(outcomes)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(library.find("成效/返乡")).isEqualTo(added);
    }

    @Test
    void addClampsAPositionBeyondTheLastSibling() {
        Code added = library.codebook.add(draft("返乡", Optional.of(outcomes), 99));

        assertThat(added.position()).isEqualTo(6);
        assertThat(names(outcomes)).endsWith("企业", "返乡");
    }

    @Test
    void addKeepsAttributesAndCuesInOrder() {
        Code draft = new Code(0, Optional.empty(), "人物", "People", "#123456", Optional.empty(), "谁",
                true, List.of(new AttributeDefinition("role", "职务", "Role", AttributeType.TEXT, List.of()),
                        new AttributeDefinition("rank", "级别", "Rank", AttributeType.CHOICE, List.of("省", "市"))),
                List.of("书记", "市长"), 0);

        Code added = library.codebook.add(draft);

        assertThat(added).isEqualTo(Copies.code(draft, added.id(), Optional.empty(), 0));
        assertThat(library.codebook.all().get(0)).isEqualTo(added);
    }

    @Test
    void refusesANameItsSiblingsAlreadyHaveButNotACousinsName() {
        assertRefused(() -> library.codebook.add(draft("投资", Optional.of(outcomes), 0)),
                "already a code named 投资 under 成效");
        assertRefused(() -> library.codebook.add(draft("措施", Optional.empty(), 0)),
                "among the top-level codes");

        Code cousin = library.codebook.add(draft("投资", Optional.of(library.code("措施")), 0));

        assertThat(cousin.parentId()).contains(library.code("措施"));
    }

    @Test
    void refusesAShortcutAnotherCodeHasAndAnUnknownParent() {
        Code taken = new Code(0, Optional.of(outcomes), "返乡", "Return", "#123456", Optional.of("7"), "", true,
                List.of(), List.of(), 0);

        assertRefused(() -> library.codebook.add(taken), "The key 7 already applies 成效/复工复产");
        assertRefused(() -> library.codebook.add(draft("返乡", Optional.of(4242L), 0)), "no code 4242");
    }

    @Test
    void updateChangesWhatTheCodeSaysButNotWhereItSits() {
        Code investment = library.find("成效/投资");
        Code changed = new Code(investment.id(), Optional.empty(), "投资额", "Investment volume", "#000000",
                Optional.empty(), "Money", false, List.of(), List.of("亿元"), 9);

        Code stored = library.codebook.update(changed);

        assertThat(stored).isEqualTo(Copies.code(changed, investment.id(), Optional.of(outcomes), 1));
        assertThat(library.find("成效/投资额")).isEqualTo(stored);
        Code clash = new Code(investment.id(), Optional.empty(), "企业", "Firms", "#000000", Optional.empty(), "",
                true, List.of(), List.of(), 1);
        assertRefused(() -> library.codebook.update(clash), "already a code named 企业 under 成效");
    }

    @Test
    void moveReturnsBeforeImagesThatRestorePutsBack() {
        List<Code> before = library.codebook.all();
        long flags = library.code("措施/亮旗评比");

        List<Code> changed = library.codebook.move(flags, Optional.of(outcomes), 2);

        assertThat(names(outcomes)).containsExactly("复工复产", "投资", "亮旗评比", "项目进展", "就业", "产值增长", "企业");
        assertThat(positions(library.code("措施"))).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(changed).hasSize(1 + 11 + 4).allMatch(before::contains);

        library.codebook.restore(changed);

        assertThat(library.codebook.all()).isEqualTo(before);
    }

    @Test
    void moveAmongItsSiblingsCountsTheIndexWithoutTheCode() {
        long first = library.code("成效/复工复产");

        List<Code> changed = library.codebook.move(first, Optional.of(outcomes), 2);

        assertThat(names(outcomes)).containsExactly("投资", "项目进展", "复工复产", "就业", "产值增长", "企业");
        assertThat(changed).extracting(Code::name).containsExactlyInAnyOrder("复工复产", "投资", "项目进展");
    }

    @Test
    void moveToTheTopLevelAndBack() {
        List<Code> before = library.codebook.all();

        List<Code> changed = library.codebook.move(library.code("成效/企业"), Optional.empty(), 0);

        assertThat(library.find("企业").position()).isZero();
        assertThat(library.find("地区").position()).isEqualTo(1);
        library.codebook.restore(changed);
        assertThat(library.codebook.all()).isEqualTo(before);
    }

    @Test
    void moveRefusesACodeUnderItselfOrBelowItAndANameClash() {
        long measures = library.code("措施");
        Code child = library.codebook.add(draft("投资", Optional.of(library.code("措施/亮旗评比")), 0));

        assertRefused(() -> library.codebook.move(measures, Optional.of(measures), 0), "under itself");
        assertRefused(() -> library.codebook.move(measures, Optional.of(child.id()), 0), "under itself or a code below it");
        assertRefused(() -> library.codebook.move(child.id(), Optional.of(outcomes), 0), "already a code named 投资");
    }

    @Test
    void removeDeletesAnUnusedCodeAndRestorePutsItBackInItsPlace() {
        Code added = library.codebook.add(draft("返乡", Optional.of(outcomes), 1));
        List<Code> withIt = library.codebook.all();

        assertThat(library.codebook.remove(added.id())).contains(added);
        assertThat(positions(outcomes)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(library.codebook.remove(added.id())).isEmpty();

        library.codebook.restore(List.of(added));
        assertThat(library.codebook.all()).isEqualTo(withIt);
    }

    @Test
    void removeRefusesACodeInUseOrWithCodesUnderIt() {
        long article = library.store(TestArticles.flags());
        long interview = library.code("措施/约谈问责");
        library.annotations.create(article, library.anchor(article, "约谈"), List.of(interview), "", Map.of(), "wang");

        assertRefused(() -> library.codebook.remove(interview), "措施/约谈问责 is used by 1 annotation");
        assertRefused(() -> library.codebook.remove(outcomes), "has codes under it");
    }

    @Test
    void restoreLetsCodesSwapTheirKeys() {
        Code one = library.find("措施/亮旗评比");
        Code two = library.find("措施/蓝黄红督导");

        library.codebook.restore(List.of(withShortcut(one, "2"), withShortcut(two, "1")));

        assertThat(library.find("措施/亮旗评比").shortcut()).contains("2");
        assertThat(library.find("措施/蓝黄红督导").shortcut()).contains("1");
    }

    @Test
    void usageCountsAnnotationsPerCodeInTheLibraryAndInOneArticle() {
        long flagsArticle = library.store(TestArticles.flags());
        long projects = library.store(TestArticles.projects());
        long flags = library.code("措施/亮旗评比");
        long interview = library.code("措施/约谈问责");
        library.annotations.create(flagsArticle, library.anchor(flagsArticle, "红旗"), List.of(flags, interview), "",
                Map.of(), "wang");
        library.annotations.create(flagsArticle, library.anchor(flagsArticle, "约谈"), List.of(interview), "", Map.of(),
                "wang");
        library.annotations.create(projects, library.anchor(projects, "红牌"), List.of(flags), "", Map.of(), "wang");

        Map<Long, Integer> inLibrary = library.codebook.usage();
        Map<Long, Integer> inArticle = library.codebook.usage(flagsArticle);

        assertThat(inLibrary).hasSize(21).containsEntry(flags, 2).containsEntry(interview, 2).containsEntry(outcomes, 0);
        assertThat(inArticle).containsEntry(flags, 1).containsEntry(interview, 2);
        assertThat(library.codebook.usage(projects)).containsEntry(flags, 1).containsEntry(interview, 0);
    }

    private Code draft(String name, Optional<Long> parentId, int position) {
        return new Code(0, parentId, name, name + " (en)", "#336699", Optional.empty(), "", true, List.of(), List.of(),
                position);
    }

    private List<String> names(long parentId) {
        return new Codebook(library.codebook.all()).children(parentId).stream().map(Code::name).toList();
    }

    private List<Integer> positions(long parentId) {
        return new Codebook(library.codebook.all()).children(parentId).stream().map(Code::position).toList();
    }

    private static Code withShortcut(Code code, String key) {
        return new Code(code.id(), code.parentId(), code.name(), code.englishName(), code.colour(), Optional.of(key),
                code.description(), code.codable(), code.attributes(), code.cues(), code.position());
    }

    private static void assertRefused(Runnable write, String message) {
        assertThatThrownBy(write::run).isInstanceOf(FlagmarkException.class).hasMessageContaining(message);
    }
}
