package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportReport;
import com.flagmark.ingest.ImportOptions;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import report as the window lists it, from a real import of a folder into a real library. */
class ImportReportRowsTest {

    @TempDir
    Path temp;

    @AfterEach
    void backToTheSystemLanguage() {
        Messages.use(Locale.getDefault());
    }

    @Test
    void listsProblemsFirstRelativeToTheFolderAndAloneWhenAsked() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in/2023-01-31"));
        Files.copy(Path.of("seeds/000_d6d82f7171e0354b.txt"), folder.resolve("a.txt"));
        Files.copy(Path.of("seeds/000_d6d82f7171e0354b.txt"), folder.resolve("b.txt"));
        Files.write(folder.resolve("c.txt"), new byte[0]);
        ImportReport report;
        try (LibrarySession session = LibrarySession.open(temp.resolve("library.sqlite"), "tester")) {
            report = session.importPath(temp.resolve("in"), ImportOptions.NONE, 1).run(Progress.NONE);
        }

        assertThat(ImportReportRows.of(report, false)).extracting(FileOutcome::file, FileOutcome::status).containsExactly(
                tuple(Path.of("2023-01-31", "c.txt").toString(), FileOutcome.Status.SKIPPED),
                tuple(Path.of("2023-01-31", "b.txt").toString(), FileOutcome.Status.DUPLICATE),
                tuple(Path.of("2023-01-31", "a.txt").toString(), FileOutcome.Status.IMPORTED));
        assertThat(ImportReportRows.of(report, true)).extracting(FileOutcome::status)
                .containsExactly(FileOutcome.Status.SKIPPED, FileOutcome.Status.DUPLICATE);
        assertThat(ImportReportRows.problems(report)).isEqualTo(2);
    }

    @Test
    void skippedFilesAreGivenTheirReasonsInChineseInTheChineseUi() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("style.css"), "县委书记约谈了三个乡镇的负责人。");
        Files.write(folder.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        ImportReport report;
        try (LibrarySession session = LibrarySession.open(temp.resolve("library.sqlite"), "tester")) {
            report = session.importPath(folder, ImportOptions.NONE, 1).run(Progress.NONE);
        }
        Messages.use(Locale.SIMPLIFIED_CHINESE);

        assertThat(ImportReportRows.of(report, false)).map(ImportReportRows::line).containsExactlyInAnyOrder(
                "已跳过：empty.txt — 空文件",
                "已跳过：style.css — 不是文章（.css 文件）",
                "已跳过：picture.txt — 不是文本，而是二进制文件");
    }
}
