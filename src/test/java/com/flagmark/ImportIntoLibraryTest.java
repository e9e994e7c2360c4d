package com.flagmark;

import com.flagmark.model.Reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.ImportReport;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Importing folders into a real library file: every file accounted for, nothing stored twice. */
class ImportIntoLibraryTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Ingester INGESTER = new Ingester(HanlpSegmenter.get());

    @TempDir
    Path temp;

    @Test
    void importsEverySampleFileIntoItsArticles() throws IOException {
        ImportReport report = importInto(library(), copyOfSeeds());

        assertThat(report.files()).isEqualTo(5);
        assertThat(report.articles()).isEqualTo(17);
        assertThat(report.outcomes()).extracting(FileOutcome::status).containsOnly(FileOutcome.Status.IMPORTED);
        assertThat(report.outcomes()).extracting(outcome -> outcome.articles().size()).containsExactly(1, 1, 11, 1, 3);
    }

    @Test
    void reimportingAFolderAddsNothingAndChangesNothing() throws IOException {
        Path library = library();
        Path folder = copyOfSeeds();
        importInto(library, folder);
        List<ArticleSummary> before = list(library);

        ImportReport again = importInto(library, folder);

        assertThat(again.articles()).isZero();
        assertThat(again.duplicates()).isEqualTo(17);
        assertThat(again.outcomes()).extracting(FileOutcome::status).containsOnly(FileOutcome.Status.DUPLICATE);
        assertThat(list(library)).isEqualTo(before);
    }

    @Test
    void anImportThatAnotherImportOfTheSameFolderOvertakesReportsItsFilesAsDuplicates() throws IOException {
        Path library = library();
        Path folder = copyOfSeeds();
        ImportReport report;
        try (Library open = Library.open(library)) {
            Progress overtaken = new Progress() {
                private boolean started;

                @Override
                public void update(long done, long total, String message) {
                    if (!started) {
                        started = true;
                        assertThat(importInto(library, folder).articles()).isEqualTo(17);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            report = new FolderImporter(INGESTER, open.importStore()).importPath(folder, overtaken);
        }

        assertThat(report.articles()).isZero();
        assertThat(report.duplicates()).isEqualTo(17);
        assertThat(report.outcomes()).extracting(FileOutcome::status).containsOnly(FileOutcome.Status.DUPLICATE);
        assertThat(list(library)).hasSize(17);
    }

    @Test
    @Timeout(60)
    void passesOverPipesSocketsAndLinkLoopsWithTheReasonAndReadsALinkToAFile() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(temp.resolve("odd"));
        Files.copy(SEEDS.resolve("001_b66aa18f675e17a4.txt"), temp.resolve("elsewhere.txt"));
        Files.createSymbolicLink(folder.resolve("a-link.txt"), temp.resolve("elsewhere.txt"));
        assertThat(new ProcessBuilder("mkfifo", folder.resolve("b-pipe.txt").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(folder.resolve("c-loop.txt"), folder.resolve("d-loop.txt"));
        Files.createSymbolicLink(folder.resolve("d-loop.txt"), folder.resolve("c-loop.txt"));
        Files.createSymbolicLink(folder.resolve("e-up"), temp);

        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(folder.resolve("f-socket")));
            ImportReport report = importInto(library(), folder);

            assertThat(report.outcomes()).extracting(FileOutcome::file, FileOutcome::status, outcome -> outcome.reason().map(Reason::text).orElse("")).containsExactly(
                    tuple("a-link.txt", FileOutcome.Status.IMPORTED, ""),
                    tuple("b-pipe.txt", FileOutcome.Status.SKIPPED, "a named pipe (FIFO), not a file"),
                    tuple("c-loop.txt", FileOutcome.Status.SKIPPED, "a symbolic link loop, or a link that cannot be followed"),
                    tuple("d-loop.txt", FileOutcome.Status.SKIPPED, "a symbolic link loop, or a link that cannot be followed"),
                    tuple("e-up", FileOutcome.Status.SKIPPED, "a symbolic link to a folder; links to folders are not followed"),
                    tuple("f-socket", FileOutcome.Status.SKIPPED, "a socket, not a file"));
        }
    }

    @Test
    void passesOverAFileTooLargeForAnArticleWithItsSize() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("large"));
        Files.copy(SEEDS.resolve("001_b66aa18f675e17a4.txt"), folder.resolve("a-seed.txt"));
        // Sparse: 60,000,000 bytes of nothing on the disk, over the 52,428,800 an article may have.
        try (RandomAccessFile large = new RandomAccessFile(folder.resolve("b-large.txt").toFile(), "rw")) {
            large.setLength(60_000_000);
        }

        ImportReport report = importInto(library(), folder);

        assertThat(report.outcomes()).extracting(FileOutcome::file, FileOutcome::status, outcome -> outcome.reason().map(Reason::text).orElse("")).containsExactly(
                tuple("a-seed.txt", FileOutcome.Status.IMPORTED, ""),
                tuple("b-large.txt", FileOutcome.Status.SKIPPED, "too large for an article (60 MB)"));
    }

    @Test
    void storesTheSameArticleOnceWhateverFileOrEncodingItComesIn() throws IOException {
        Path library = library();
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        String seed = Files.readString(SEEDS.resolve("001_b66aa18f675e17a4.txt"));
        Files.writeString(folder.resolve("a-original.txt"), seed);
        Files.createDirectories(folder.resolve("copies"));
        Files.writeString(folder.resolve("copies/b-same-bytes.txt"), seed);
        Files.write(folder.resolve("copies/c-gbk-crlf.txt"), seed.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));

        ImportReport report = importInto(library, folder);

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.outcomes()).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.IMPORTED,
                FileOutcome.Status.DUPLICATE, FileOutcome.Status.DUPLICATE);
        long id = report.outcomes().get(0).articles().get(0);
        assertThat(report.outcomes().get(2).duplicateOf()).containsExactly(id);
        assertThat(list(library)).hasSize(1);
    }

    @Test
    void oneBadFileNeverStopsTheRest() throws IOException {
        Path folder = copyOfSeeds();
        Files.write(folder.resolve("000-image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(folder.resolve("001-empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("002-style.css"), "body { color: red; }", StandardCharsets.UTF_8);
        Path locked = Files.writeString(folder.resolve("003-locked.txt"), "标题\n\n正文内容足够长，可以算作一篇文章。");
        boolean lockable = locked.toFile().setReadable(false) && !Files.isReadable(locked);

        ImportReport report = importInto(library(), folder);

        assertThat(report.articles()).isEqualTo(lockable ? 17 : 18);
        assertThat(report.outcomes(FileOutcome.Status.SKIPPED)).extracting(FileOutcome::reason)
                .extracting(reason -> reason.orElseThrow().text())
                .containsExactly("binary file (PNG image)", "empty file", "not an article (a .css file)");
        if (lockable) {
            assertThat(report.outcomes(FileOutcome.Status.FAILED)).singleElement()
                    .satisfies(failed -> assertThat(failed.file()).endsWith("003-locked.txt"));
        }
    }

    @Test
    void reportsAFileThatCannotBeReadAsFailed() {
        Path unreadable = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(unreadable), "needs a file whose reading fails");

        ImportReport report = importInto(library(), unreadable);

        assertThat(report.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(FileOutcome.Status.FAILED);
            assertThat(outcome.reason()).get().asString().contains("IOException");
        });
    }

    @Test
    void cancellingLeavesEveryFileWholeOrUntouched() throws IOException {
        Path library = library();
        Progress cancelAfterTwoFiles = new Progress() {
            private long done;

            @Override
            public void update(long filesDone, long total, String message) {
                done = filesDone;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };

        ImportReport report;
        try (Library open = Library.open(library)) {
            report = new FolderImporter(INGESTER, open.importStore()).importPath(copyOfSeeds(), cancelAfterTwoFiles);
        }

        assertThat(report.cancelled()).isTrue();
        assertThat(report.outcomes()).hasSize(2);
        assertThat(list(library)).hasSize(2);
        ImportReport rest = importInto(library, copyOfSeeds());
        assertThat(rest.articles()).isEqualTo(15);
    }

    @Test
    void refusesAPathThatDoesNotExist() {
        assertThatThrownBy(() -> importInto(library(), temp.resolve("missing")))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("does not exist");
    }

    @Test
    void passesOverHiddenFilesAndFolders() throws IOException {
        Path folder = copyOfSeeds();
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/config"), "[core]");
        Files.writeString(folder.resolve(".DS_Store"), "x");

        assertThat(importInto(library(), folder).files()).isEqualTo(5);
    }

    private ImportReport importInto(Path library, Path source) {
        try (Library open = Library.open(library)) {
            return new FolderImporter(INGESTER, open.importStore()).importPath(source, Progress.NONE);
        }
    }

    private static List<ArticleSummary> list(Path library) {
        try (Library open = Library.open(library)) {
            return open.articles().list();
        }
    }

    private Path library() {
        return temp.resolve("library-" + System.nanoTime() + ".sqlite");
    }

    private Path copyOfSeeds() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("seeds"));
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }
}
