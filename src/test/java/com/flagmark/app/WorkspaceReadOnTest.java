package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.FlagmarkException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read on another executor that fails tells the user, unless the library it read was closed
 * under it by another being opened: its failure then says nothing about the library open now.
 */
class WorkspaceReadOnTest {

    @TempDir
    Path temp;

    private final Workspace workspace = new Workspace(new SynchronousExecutor(), "tester");
    private final HeldExecutor elsewhere = new HeldExecutor();

    @BeforeEach
    void openALibrary() {
        workspace.open(temp.resolve("first.sqlite"));
    }

    @AfterEach
    void closeIt() {
        workspace.close();
    }

    @Test
    void aFailedReadIsShownToTheUser() {
        workspace.readOn(elsewhere, session -> failing(), result -> { });

        elsewhere.runAll();

        assertThat(workspace.errorProperty().get()).isEqualTo("The library went away.");
    }

    @Test
    void aReadThatFailsAfterAnotherLibraryWasOpenedIsNotShown() {
        workspace.readOn(elsewhere, session -> failing(), result -> { });
        workspace.open(temp.resolve("second.sqlite"));

        elsewhere.runAll();

        assertThat(workspace.errorProperty().get()).isEmpty();
    }

    private static Object failing() {
        throw new FlagmarkException("The library went away.");
    }
}
