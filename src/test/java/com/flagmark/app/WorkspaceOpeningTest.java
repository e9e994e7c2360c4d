package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Code;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library opened in the window: the list is read before the code popup's filter is made. */
class WorkspaceOpeningTest {

    @TempDir
    Path temp;

    private final HeldExecutor libraryThread = new HeldExecutor();
    private final Workspace workspace = new Workspace(libraryThread, "tester");

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
        libraryThread.runAll();
    }

    @Test
    void theListIsReadBeforeTheCodeFilterIsMadeAndTheFilterThenFindsTheCodesByPinyin() {
        LibraryViewModel list = new LibraryViewModel(workspace, new SynchronousExecutor());
        AtomicInteger listsRead = new AtomicInteger();
        list.afterNextLoad(count -> listsRead.incrementAndGet());
        workspace.open(temp.resolve("library.sqlite"));

        libraryThread.runNext();
        assertThat(workspace.codebookProperty().get().all()).as("the opening read the codebook").isNotEmpty();
        libraryThread.runNext();
        assertThat(listsRead).as("the list read next").hasValue(1);
        assertThat(workspace.codeFilterProperty().get().matching("ytwz")).as("no filter of its codes yet").isEmpty();

        libraryThread.runNext();

        assertThat(workspace.codeFilterProperty().get().matching("ytwz")).extracting(Code::name)
                .containsExactly("约谈问责");
    }
}
