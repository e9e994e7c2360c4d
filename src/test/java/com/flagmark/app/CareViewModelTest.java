package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Backups;
import com.flagmark.library.Library;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's care of its library, without the toolkit: the check after opening, and restoring a backup. */
class CareViewModelTest {

    private static final int ARTICLES = 80;

    @TempDir
    Path temp;

    private Path file;
    private Workspace workspace;
    private LibraryViewModel library;

    @BeforeEach
    void importArticles() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        for (int i = 1; i <= ARTICLES; i++) {
            Files.writeString(folder.resolve(i + ".txt"), "第" + i + "号通报\n\n"
                    + ("全市项目建设大比拼第" + i + "名亮红旗，各县区对照排名查找差距，逐项整改落实。\n").repeat(12));
        }
        file = temp.resolve("library.sqlite");
        try (Library open = Library.open(file)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), open.importStore()).importPath(folder, Progress.NONE);
        }
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
    }

    @AfterEach
    void closeTheLibrary() {
        workspace.close();
    }

    @Test
    void openingAWholeLibraryFindsNoDamageAndMakesTheDaysBackup() {
        workspace.open(file);

        assertThat(library.care().damagedProperty().get()).isFalse();
        assertThat(Backups.list(file)).extracting(Backups.Backup::reason).containsExactly("daily");
    }

    @Test
    void aCheckHeldWhileTheWindowStartsRunsWhenReleased() {
        library.care().holdCheck();
        workspace.open(file);

        assertThat(Backups.list(file)).as("held: nothing checked, no backup").isEmpty();

        library.care().releaseCheck();

        assertThat(Backups.list(file)).extracting(Backups.Backup::reason).containsExactly("daily");
    }

    @Test
    void aHeldCheckOfADamagedLibraryStillFindsItDamagedOnceReleased() throws IOException {
        damageTheMiddle(file);
        library.care().holdCheck();
        workspace.open(file);
        assertThat(library.care().damagedProperty().get()).isFalse();

        library.care().releaseCheck();

        assertThat(library.care().damagedProperty().get()).isTrue();
    }

    @Test
    void openingADamagedLibraryFindsItDamagedAndMakesNoBackupOfIt() throws IOException {
        damageTheMiddle(file);

        workspace.open(file);

        assertThat(library.care().damagedProperty().get()).isTrue();
        assertThat(library.care().backups()).isEmpty();
    }

    @Test
    void restoringTheDaysBackupOfADamagedLibraryOpensItWholeAgain() throws IOException {
        workspace.open(file);
        workspace.close();
        damageTheMiddle(file);
        workspace.open(file);
        assertThat(library.care().damagedProperty().get()).isTrue();

        library.care().restore(library.care().backups().get(0));

        assertThat(library.care().damagedProperty().get()).isFalse();
        assertThat(library.totalProperty().get()).isEqualTo(ARTICLES);
    }

    private static void damageTheMiddle(Path file) throws IOException {
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = bytes.length() / 4096;
            bytes.seek(pages / 2 * 4096);
            byte[] page = new byte[4096];
            new Random(13).nextBytes(page);
            bytes.write(page);
        }
    }
}
