package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.CheckReport;
import com.flagmark.library.Library;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flagmark killed with SIGKILL at random moments of an import, an export and an annotation
 * import, many times with a fixed seed. After each kill the library passes SQLite's integrity
 * check and Lucene's check of its search index, every file is wholly in the library or absent, the
 * command run again completes, and no temporary file is left behind. The suite kills each command
 * a few times; {@code -Dflagmark.crashKills=N} kills it N times.
 */
class CrashTest {

    private static final long SEED = 13;
    private static final int KILLS = Integer.getInteger("flagmark.crashKills", 8);
    /** Enough files for several of the import's transactions, few enough for a test run. */
    private static final int ARTICLES = 450;
    private static final byte[] EARLIER_EXPORT = "an earlier export".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void aKilledImportLeavesEachFileWhollyStoredOrAbsentAndTheImportRunAgainCompletes()
            throws IOException, InterruptedException {
        Path articles = ManyArticles.write(temp.resolve("articles"), ARTICLES);
        ChildFlagmark flagmark = new ChildFlagmark(temp.resolve("user"));
        Path reference = temp.resolve("reference").resolve("library.sqlite");
        long took = timed(() -> assertThat(flagmark.run("import", articles.toString(), "--library", reference.toString()))
                .as(flagmark.err()).isZero());
        Map<String, String> whole = texts(reference);
        assertThat(whole).hasSize(ARTICLES);
        Random random = new Random(SEED);

        for (int kill = 0; kill < KILLS; kill++) {
            Path library = temp.resolve("killed-" + kill).resolve("library.sqlite");
            killAtRandom(flagmark, random, took, "import", articles.toString(), "--library", library.toString());

            assertWhole(library);
            assertThat(whole).containsAllEntriesOf(texts(library));
            assertThat(flagmark.run("import", articles.toString(), "--library", library.toString()))
                    .as(flagmark.err()).isZero();
            assertThat(texts(library)).isEqualTo(whole);
            assertNothingLeftBehind(library, flagmark);
        }
    }

    @Test
    void aKilledExportLeavesTheEarlierFileOrTheWholeExportAndTheNextExportClearsItsTemporaryFile()
            throws IOException, InterruptedException {
        Path library = codedLibrary();
        ChildFlagmark flagmark = new ChildFlagmark(temp.resolve("user"));
        Path out = temp.resolve("out").resolve("coded.qdpx");
        String[] export = {"export", "--format", "qdpx", "--out", out.toString(), "--library", library.toString()};
        Files.createDirectories(out.getParent());
        long took = timed(() -> assertThat(flagmark.run(export)).as(flagmark.err()).isZero());
        List<String> entries = entries(out);
        Random random = new Random(SEED);

        for (int kill = 0; kill < KILLS; kill++) {
            Files.write(out, EARLIER_EXPORT);
            killAtRandom(flagmark, random, took, export);

            if (!Arrays.equals(Files.readAllBytes(out), EARLIER_EXPORT)) {
                assertThat(entries(out)).isEqualTo(entries);
            }
            assertWhole(library);
            assertThat(flagmark.run(export)).as(flagmark.err()).isZero();
            assertThat(entries(out)).isEqualTo(entries);
            try (Stream<Path> files = Files.list(out.getParent())) {
                assertThat(files).containsExactly(out);
            }
        }
    }

    @Test
    void aKilledAnnotationImportAddsAllOrNothingAndTheImportRunAgainCompletes() throws IOException, InterruptedException {
        Path coded = codedLibrary();
        Path project = temp.resolve("coded.qdpx");
        int annotations;
        try (LibrarySession session = LibrarySession.openExisting(coded, "tester")) {
            session.export(ExportFormat.QDPX, reading -> ExportScope.ALL, project)
                    .run(Progress.NONE);
            annotations = session.annotations().size();
        }
        Path uncoded = temp.resolve("uncoded").resolve("library.sqlite");
        try (LibrarySession session = LibrarySession.open(uncoded, "tester")) {
            session.importPath(temp.resolve("articles"), 2).run(Progress.NONE);
        }
        ChildFlagmark flagmark = new ChildFlagmark(temp.resolve("user"));
        Path timing = copy(uncoded, temp.resolve("timing"));
        long took = timed(() -> assertThat(flagmark.run("import-annotations", project.toString(), "--library",
                timing.toString())).as(flagmark.err()).isZero());
        Random random = new Random(SEED);

        for (int kill = 0; kill < KILLS; kill++) {
            Path library = copy(uncoded, temp.resolve("killed-" + kill));
            killAtRandom(flagmark, random, took, "import-annotations", project.toString(), "--library", library.toString());

            assertWhole(library);
            assertThat(annotationCount(library)).isIn(0, annotations);
            assertThat(flagmark.run("import-annotations", project.toString(), "--library", library.toString()))
                    .as(flagmark.err()).isZero();
            assertThat(annotationCount(library)).isEqualTo(annotations);
            assertNothingLeftBehind(library, flagmark);
        }
    }

    /**
     * Starts the command and kills it at a random moment of the last three quarters of the time a
     * whole run took (the first quarter is mostly the JVM starting), unless it ended before.
     */
    private static void killAtRandom(ChildFlagmark flagmark, Random random, long tookMillis, String... command)
            throws IOException, InterruptedException {
        Process process = flagmark.start(command);
        if (!process.waitFor(tookMillis / 4 + random.nextLong(tookMillis - tookMillis / 4), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /**
     * Checks the library as the kill left it: SQLite's integrity check and Lucene's check of the
     * last commit of its search index, before Flagmark opens it, then Flagmark's full check once
     * it has caught its index up.
     */
    private static void assertWhole(Path library) throws IOException {
        if (!Files.exists(library)) {
            return;
        }
        Path index = library.resolveSibling(library.getFileName() + "-search");
        if (Files.isDirectory(index)) {
            try (Directory directory = FSDirectory.open(index)) {
                if (DirectoryReader.indexExists(directory)) {
                    try (CheckIndex check = new CheckIndex(directory)) {
                        assertThat(check.checkIndex().clean).as("Lucene's check of " + index).isTrue();
                    }
                }
            }
        }
        assertThat(sql(library, "PRAGMA integrity_check")).isEqualTo("ok");
        try (Library open = Library.openExisting(library)) {
            CheckReport report = open.check(true);
            assertThat(report.sound()).as(report.toString()).isTrue();
        }
    }

    /**
     * Asserts that only the library, its search index, its backups and its lock file are beside it, that no
     * backup is unfinished, and that the command left nothing in its temporary folder.
     */
    private static void assertNothingLeftBehind(Path library, ChildFlagmark flagmark) throws IOException {
        String name = library.getFileName().toString();
        try (Stream<Path> files = Files.list(library.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(file -> List.of(name, name + "-search", name + "-backups", name + "-lock").contains(file));
        }
        Path backups = library.resolveSibling(name + "-backups");
        if (Files.isDirectory(backups)) {
            try (Stream<Path> files = Files.list(backups)) {
                assertThat(files.map(file -> file.getFileName().toString())).allMatch(file -> file.endsWith(".sqlite"));
            }
        }
        try (Stream<Path> files = Files.list(flagmark.temporaryFolder())) {
            assertThat(files).isEmpty();
        }
    }

    /** A library of the articles with two passages of each coded, closed. */
    private Path codedLibrary() throws IOException {
        Path articles = ManyArticles.write(temp.resolve("articles"), ARTICLES);
        Path file = temp.resolve("coded").resolve("library.sqlite");
        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            session.importPath(articles, 2).run(Progress.NONE);
        }
        try (Library library = Library.openExisting(file)) {
            long code = library.codebook().all().stream().filter(each -> each.name().equals("约谈问责")).findFirst()
                    .orElseThrow().id();
            library.transaction(() -> {
                for (ArticleSummary summary : library.articles().list()) {
                    String text = library.articles().find(summary.id()).orElseThrow().article().text();
                    library.annotations().create(summary.id(), Anchors.of(text, 0, 4), List.of(code), "", Map.of(), "tester");
                    library.annotations().create(summary.id(), Anchors.of(text, 10, 20), List.of(code),
                            "第" + summary.id() + "篇", Map.of(), "tester");
                }
                return null;
            });
        }
        return file;
    }

    /** Each stored article's text by the file it came from. */
    private static Map<String, String> texts(Path library) {
        Map<String, String> texts = new HashMap<>();
        if (!Files.exists(library)) {
            return texts;
        }
        try (Library open = Library.openExisting(library)) {
            for (ArticleSummary summary : open.articles().list()) {
                StoredArticle stored = open.articles().find(summary.id()).orElseThrow();
                texts.put(Path.of(stored.file()).getFileName().toString(), stored.article().text());
            }
        }
        return texts;
    }

    private static int annotationCount(Path library) {
        return Integer.parseInt(sql(library, "SELECT count(*) FROM annotations"));
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).sorted().toList();
        }
    }

    private static String sql(Path library, String query) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        } catch (SQLException failure) {
            throw new AssertionError(library + ": " + failure.getMessage(), failure);
        }
    }

    private static Path copy(Path library, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(library, folder.resolve(library.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static long timed(Checked run) throws IOException, InterruptedException {
        long started = System.nanoTime();
        run.run();
        return Math.max(4, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private interface Checked {
        void run() throws IOException, InterruptedException;
    }
}
