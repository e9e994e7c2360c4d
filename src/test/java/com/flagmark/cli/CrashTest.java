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
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
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
 * a few times; {@code -Dflagmark.crashKills=N} kills it N times. The import's kills are spread over
 * its work, from its opening of the library to its end, and where they landed is printed.
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
        Map<Sign, Long> left = importTimes(flagmark, articles, reference);
        Map<String, String> whole = texts(reference);
        assertThat(whole).hasSize(ARTICLES);
        Random random = new Random(SEED);
        Map<ImportStage, Integer> landed = new EnumMap<>(ImportStage.class);

        for (int kill = 0; kill < KILLS; kill++) {
            Path library = Files.createDirectories(temp.resolve("killed-" + kill)).resolve("library.sqlite");
            // Half the kills wait for the library to be opened, half for its first stored batch, then
            // a random part of the time the whole run took from there: together they reach from
            // before the first commit to the end, whatever the machine's load.
            Sign sign = Sign.values()[kill % 2];
            long delay = (long) (left.get(sign) * random.nextDouble());
            boolean killed = killAfter(flagmark, library, sign, delay, "import", articles.toString(), "--library",
                    library.toString());
            landed.merge(killed ? ImportStage.of(library, ARTICLES) : ImportStage.ENDED, 1, Integer::sum);

            assertWhole(library);
            assertThat(whole).containsAllEntriesOf(texts(library));
            assertThat(flagmark.run("import", articles.toString(), "--library", library.toString()))
                    .as(flagmark.err()).isZero();
            assertThat(texts(library)).isEqualTo(whole);
            assertNothingLeftBehind(library, flagmark);
        }
        System.out.printf("CrashTest: %d import kills (%,d ms of work after the library opened, %,d after the first"
                + " batch was stored) landed %s%n", KILLS, left.get(Sign.OPENED), left.get(Sign.STORED), landed);
        assertThat(landed.keySet()).as("where the kills landed: " + landed).hasSizeGreaterThanOrEqualTo(Math.min(2, KILLS));
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
     * Runs the import once whole, and returns how long it went on after each sign of its progress,
     * in milliseconds.
     */
    private static Map<Sign, Long> importTimes(ChildFlagmark flagmark, Path articles, Path library)
            throws IOException, InterruptedException {
        Files.createDirectories(library.getParent());
        Map<Sign, Long> seen = new EnumMap<>(Sign.class);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            library.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Process process = flagmark.start("import", articles.toString(), "--library", library.toString());
            for (Sign sign : Sign.values()) {
                await(watch, library, sign);
                seen.put(sign, System.nanoTime());
            }
            assertThat(process.waitFor()).as(flagmark.err()).isZero();
        }
        long ended = System.nanoTime();
        Map<Sign, Long> left = new EnumMap<>(Sign.class);
        seen.forEach((sign, at) -> left.put(sign, Math.max(4, TimeUnit.NANOSECONDS.toMillis(ended - at))));
        return left;
    }

    /**
     * Starts the command and kills it {@code delayMillis} after the sign of its progress, unless
     * it ended before; returns whether it was killed.
     */
    private static boolean killAfter(ChildFlagmark flagmark, Path library, Sign sign, long delayMillis,
            String... command) throws IOException, InterruptedException {
        Process process;
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            library.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            process = flagmark.start(command);
            await(watch, library, sign);
        }
        if (process.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        process.destroyForcibly();
        process.waitFor();
        return true;
    }

    /** Waits, woken by each change in the library's folder, until the sign shows. */
    private static void await(WatchService watch, Path library, Sign sign) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!sign.shows(library)) {
            assertThat(System.nanoTime()).as("no sign that the import " + sign + " " + library).isLessThan(deadline);
            WatchKey key = watch.poll(1, TimeUnit.SECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        }
    }

    /** Signs of an import's progress, seen from outside it. */
    private enum Sign {
        /** The library's write-ahead log is there: the import has opened the library and is cleaning files. */
        OPENED,
        /** The library holds articles: the import committed its first batch. */
        STORED;

        boolean shows(Path library) {
            Path log = library.resolveSibling(library.getFileName() + "-wal");
            return Files.exists(log) && (this == OPENED || stored(library) > 0);
        }

        /** How many articles the library holds, none while its tables are still being made. */
        private static int stored(Path library) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library);
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT count(*) FROM articles")) {
                return row.next() ? row.getInt(1) : 0;
            } catch (SQLException notYetMade) {
                return 0;
            }
        }
    }

    /** Where in an import a kill landed, told from what the library and its index hold after it. */
    private enum ImportStage {
        BEFORE_THE_FIRST_COMMIT, BETWEEN_BATCHES, DURING_INDEX_CATCH_UP, AT_THE_END, ENDED;

        static ImportStage of(Path library, int articles) throws IOException {
            int stored = Files.exists(library) ? Integer.parseInt(sql(library, "SELECT count(*) FROM articles")) : 0;
            if (stored == 0) {
                return BEFORE_THE_FIRST_COMMIT;
            }
            if (stored < articles) {
                return BETWEEN_BATCHES;
            }
            return indexed(library) < stored ? DURING_INDEX_CATCH_UP : AT_THE_END;
        }

        /** How many articles the search index's last commit holds. */
        private static int indexed(Path library) throws IOException {
            Path index = library.resolveSibling(library.getFileName() + "-search");
            if (!Files.isDirectory(index)) {
                return 0;
            }
            try (Directory directory = FSDirectory.open(index)) {
                if (!DirectoryReader.indexExists(directory)) {
                    return 0;
                }
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    return reader.numDocs();
                }
            }
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
