package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the codebook through its view-model, on a real library, without the toolkit. */
class CodebookViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private CodebookViewModel codebook;

    @BeforeEach
    void openANewLibrary() {
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        codebook = new CodebookViewModel(workspace);
        workspace.open(temp.resolve("library.sqlite"));
    }

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void aNewLibraryStartsWithTheDefaultCodebook() {
        Codebook now = codebook.codebookProperty().get();

        assertThat(now.roots()).extracting(Code::name).containsExactly("地区", "措施", "成效");
        assertThat(now.resolve("措施/亮旗评比").orElseThrow().shortcut()).contains("1");
    }

    @Test
    void awaitsALibraryUntilOneIsOpen() {
        CodebookViewModel before = new CodebookViewModel(new Workspace(new SynchronousExecutor(), "tester"));

        assertThat(before.awaitingLibrary()).isTrue();
        assertThat(codebook.awaitingLibrary()).isFalse();
    }

    @Test
    void addsRenamesRecoloursAndPinsACodeEachUndoable() {
        Code measures = code("措施");
        codebook.add(Optional.of(measures), "流动红旗", "Travelling red flag");
        Code added = code("措施/流动红旗");
        assertThat(added.colour()).matches("#[0-9A-F]{6}");

        codebook.rename(added, "流动红旗评比", "Travelling red flag contest");
        codebook.recolour(code("措施/流动红旗评比"), "#123456");
        workspace.undo();
        assertThat(code("措施/流动红旗评比").colour()).isEqualTo(added.colour());
        workspace.undo();
        workspace.undo();
        assertThat(codebook.codebookProperty().get().resolve("措施/流动红旗")).isEmpty();
        workspace.redo();
        assertThat(code("措施/流动红旗").id()).isEqualTo(added.id());
    }

    @Test
    void refusesAKeyAnotherCodeHolds() {
        codebook.pin(code("措施/考核排名"), Optional.of("1"));

        assertThat(workspace.errorProperty().get()).isNotEmpty();
        assertThat(code("措施/考核排名").shortcut()).contains("4");
    }

    @Test
    void movesACodeUnderAnotherAndBack() {
        List<Code> before = codebook.codebookProperty().get().all();

        codebook.move(code("成效/投资"), Optional.of(code("措施")), 0);
        assertThat(codebook.codebookProperty().get().children(code("措施").id()).get(0).name()).isEqualTo("投资");
        workspace.undo();

        assertThat(codebook.codebookProperty().get().all()).isEqualTo(before);
    }

    private Code code(String path) {
        return codebook.codebookProperty().get().resolve(path).orElseThrow();
    }
}
