package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups beside the library: consistent copies, kept to the last few, and put back whole. */
class BackupsTest {

    @TempDir
    Path temp;

    @Test
    void aBackupIsAWholeLibraryWithTheArticlesCommittedWhenItWasMade() {
        Path file = temp.resolve("library.sqlite");
        Path backup;
        try (Library library = Library.open(file)) {
            store(library, "a.html", TestArticles.flags());
            backup = library.backup("before-test");
            store(library, "b.html", TestArticles.projects());
        }

        assertThat(backup.getParent()).isEqualTo(temp.resolve("library.sqlite-backups"));
        assertThat(backup.getFileName().toString()).startsWith("library-").endsWith("-before-test.sqlite");
        try (Library copy = Library.open(backup)) {
            assertThat(copy.articles().list()).extracting(ArticleSummary::title).containsExactly(TestArticles.flags().title());
        }
    }

    @Test
    void keepsTheLastFiveAutomaticBackupsAndEveryManualOne() {
        Path file = temp.resolve("library.sqlite");
        try (Library library = Library.open(file)) {
            Path manual = library.backup(Backups.MANUAL);
            for (int i = 0; i < 7; i++) {
                library.backup("before-change-" + i);
            }

            assertThat(Backups.list(file)).extracting(Backups.Backup::reason).containsExactly(
                    "before-change-6", "before-change-5", "before-change-4", "before-change-3", "before-change-2",
                    Backups.MANUAL);
            assertThat(manual).exists();
        }
    }

    @Test
    void theNextBackupRemovesAKilledBackupsPartialCopyAndItsJournal() throws IOException {
        Path file = temp.resolve("library.sqlite");
        Path folder = Files.createDirectories(Backups.folderOf(file));
        long gone = ProcessHandle.current().pid() + 1_000_000;
        Path partial = Files.writeString(folder.resolve("library-20261130-120000-000-daily.sqlite.unfinished-" + gone), "half");
        Files.writeString(folder.resolve(partial.getFileName() + "-journal"), "half");
        Path someoneElses = Files.writeString(folder.resolve("notes.unfinished-draft"), "mine");

        Path backup;
        try (Library library = Library.open(file)) {
            backup = library.backup(Backups.MANUAL);
        }

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(backup, someoneElses);
        }
    }

    @Test
    void restoringABackupLeavesNoSideFileBesideIt() throws IOException {
        Path file = temp.resolve("library.sqlite");
        Path backup;
        try (Library library = Library.open(file)) {
            store(library, "a.html", TestArticles.flags());
            backup = library.backup(Backups.MANUAL);
        }

        Restore.from(backup, temp.resolve("restored.sqlite"));

        try (Library restored = Library.open(temp.resolve("restored.sqlite"))) {
            assertThat(restored.articles().count()).isEqualTo(1);
        }

        try (Stream<Path> files = Files.list(backup.getParent())) {
            assertThat(files).containsExactly(backup);
        }
    }

    @Test
    void theDailyBackupIsDueADayAfterTheLastOne() {
        Path file = temp.resolve("library.sqlite");
        try (Library library = Library.open(file)) {
            assertThat(library.backupDailyIfDue()).isPresent();
            assertThat(library.backupDailyIfDue()).isEmpty();
        }

        assertThat(Backups.dailyDue(file, Instant.now().plus(Duration.ofHours(23)))).isFalse();
        assertThat(Backups.dailyDue(file, Instant.now().plus(Duration.ofHours(25)))).isTrue();
    }

    @Test
    void upgradingALibraryFromAnOlderVersionBacksItUpFirst() throws SQLException {
        Path file = temp.resolve("old.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(connection, Migrations.latestVersion() - 1);
        }

        Library.open(file).close();

        assertThat(Backups.list(file)).extracting(Backups.Backup::reason)
                .containsExactly("before-upgrade-to-" + Migrations.latestVersion());
    }

    @Test
    void aDamagedLibraryIsFoundByTheQuickCheckAndRefusesWrites() throws IOException {
        Path file = temp.resolve("library.sqlite");
        try (Library library = Library.open(file)) {
            for (int i = 0; i < 40; i++) {
                store(library, i + ".html", TestArticles.withBody("标题" + i, "各地亮出红黄旗。".repeat(200) + i));
            }
        }
        damageTheMiddle(file);
        byte[] damaged = Files.readAllBytes(file);

        try (Library library = Library.open(file)) {
            CheckReport report = library.check(false);

            assertThat(report.fileDamaged()).isTrue();
            assertThat(library.damage()).isPresent();
            assertThatThrownBy(() -> store(library, "new.html", TestArticles.flags()))
                    .isInstanceOf(FlagmarkException.class).hasMessageContaining("will not write").hasMessageContaining("damaged");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void restoringABackupReplacesADamagedLibraryAndKeepsItAsItWas() throws IOException {
        Path file = temp.resolve("library.sqlite");
        Path backup;
        try (Library library = Library.open(file)) {
            for (int i = 0; i < 40; i++) {
                store(library, i + ".html", TestArticles.withBody("标题" + i, "各地亮出红黄旗。".repeat(200) + i));
            }
            backup = library.backup(Backups.MANUAL);
        }
        damageTheMiddle(file);

        Optional<Path> before = Restore.from(backup, file);

        assertThat(before).isPresent();
        assertThat(before.get().getFileName().toString()).endsWith("-before-restore.sqlite");
        try (Library library = Library.open(file)) {
            assertThat(library.check(true).sound()).isTrue();
            assertThat(library.search().search("红黄旗", 50).total()).isEqualTo(40);
        }
    }

    @Test
    void restoringIntoALibraryThatIsOpenIsRefused() {
        Path file = temp.resolve("library.sqlite");
        try (Library library = Library.open(file)) {
            Path backup = library.backup(Backups.MANUAL);

            assertThatThrownBy(() -> Restore.from(backup, file)).isInstanceOf(FlagmarkException.class)
                    .hasMessageContaining("is open");
        }
    }

    @Test
    void aBackupThatIsNotALibraryIsRefusedAndNothingChanges() throws IOException {
        Path file = temp.resolve("library.sqlite");
        Library.open(file).close();
        Path notABackup = Files.writeString(temp.resolve("notes.sqlite"), "这不是备份");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Restore.from(notABackup, file)).isInstanceOf(FlagmarkException.class)
                .hasMessageContaining("not a Flagmark library");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static void store(Library library, String path, com.flagmark.model.Article article) {
        NewFile file = TestArticles.file(path, article);
        library.importStore().store(List.of(file));
    }

    /** Overwrites a 4 KB page in the middle of the file with noise, as a failing disk might. */
    private static void damageTheMiddle(Path file) throws IOException {
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = bytes.length() / 4096;
            bytes.seek(pages / 2 * 4096);
            java.util.Random noise = new java.util.Random(13);
            byte[] page = new byte[4096];
            noise.nextBytes(page);
            bytes.write(page);
        }
    }
}
