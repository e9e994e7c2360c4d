package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the window computes the suggestions missing across a library, on a real library and the real pass, without the toolkit. */
class LibraryWideSuggestionsTest {

    @TempDir
    Path temp;

    private Path file;
    private Workspace workspace;
    private final List<Long> computed = new ArrayList<>();

    @BeforeEach
    void libraryOfTwoArticlesWithoutSuggestions() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "潍坊召开会议\n\n潍坊市对进度滞后的单位进行约谈。\n");
        Files.writeString(folder.resolve("b.txt"), "寿光推进项目\n\n寿光市工作专班每周调度项目进度。\n");
        file = temp.resolve("library.sqlite");
        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            session.importPath(folder, 1).run(Progress.NONE);
        }
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        workspace.open(file);
    }

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void aFewArticlesWithoutSuggestionsAreComputedWithoutAsking() {
        LibraryWideSuggestions libraryWide = new LibraryWideSuggestions(workspace, new SynchronousExecutor(), 2, computed::addAll);

        libraryWide.refresh();

        assertThat(missingInTheLibrary()).isZero();
        assertThat(computed).hasSize(2);
        assertThat(libraryWide.stateProperty().get()).isEqualTo(new LibraryWideSuggestions.State(2, 2, false));
        assertThat(libraryWide.stateProperty().get().shown()).isFalse();
    }

    @Test
    void moreArticlesWithoutSuggestionsThanTheWindowComputesByItselfWaitForTheUser() {
        LibraryWideSuggestions libraryWide = new LibraryWideSuggestions(workspace, new SynchronousExecutor(), 1, computed::addAll);

        libraryWide.refresh();

        assertThat(missingInTheLibrary()).isEqualTo(2);
        assertThat(computed).isEmpty();
        assertThat(libraryWide.stateProperty().get()).isEqualTo(new LibraryWideSuggestions.State(2, 0, false));
        assertThat(libraryWide.stateProperty().get().shown()).isTrue();
    }

    @Test
    void askedForTheWholeLibraryTheWindowComputesEveryArticleWithout() {
        LibraryWideSuggestions libraryWide = new LibraryWideSuggestions(workspace, new SynchronousExecutor(), 1, computed::addAll);
        libraryWide.refresh();

        libraryWide.computeAll();

        assertThat(missingInTheLibrary()).isZero();
        assertThat(libraryWide.stateProperty().get()).isEqualTo(new LibraryWideSuggestions.State(2, 2, false));
    }

    @Test
    void aStoppedComputationComputesNothingMoreAndOffersToComputeAgain() {
        HeldExecutor computing = new HeldExecutor();
        LibraryWideSuggestions libraryWide = new LibraryWideSuggestions(workspace, computing, 1, computed::addAll);
        libraryWide.computeAll();
        computing.runNext();
        assertThat(libraryWide.stateProperty().get().running()).isTrue();

        libraryWide.stop();
        computing.runAll();

        assertThat(missingInTheLibrary()).isEqualTo(2);
        assertThat(computed).isEmpty();
        assertThat(libraryWide.stateProperty().get()).isEqualTo(new LibraryWideSuggestions.State(2, 0, false));
    }

    @Test
    void aLibraryOpenedAgainIsNotComputedWithoutAskingAgain() {
        HeldExecutor computing = new HeldExecutor();
        LibraryWideSuggestions libraryWide = new LibraryWideSuggestions(workspace, computing, 1, computed::addAll);
        libraryWide.computeAll();

        workspace.open(file);
        libraryWide.refresh();
        computing.runAll();

        assertThat(missingInTheLibrary()).isEqualTo(2);
        assertThat(libraryWide.stateProperty().get()).isEqualTo(new LibraryWideSuggestions.State(2, 0, false));
    }

    private int missingInTheLibrary() {
        int[] missing = new int[1];
        workspace.readOn(new SynchronousExecutor(), session -> session.suggestions().missing(List.of()),
                count -> missing[0] = count);
        return missing[0];
    }
}
