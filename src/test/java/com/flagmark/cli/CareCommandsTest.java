package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that keep a library whole: check, backup, restore, and a damaged library refusing writes. */
class CareCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private String library;

    @BeforeEach
    void importTheSamples() throws IOException {
        library = temp.resolve("library.sqlite").toString();
        Path articles = ManyArticles.write(temp.resolve("articles"), 60);
        assertThat(run("import", articles.toString(), "--library", library).status()).isZero();
    }

    @Test
    void checkReportsASoundLibraryAsJson() throws IOException {
        CliRun run = run("check", "--json", "--library", library);

        assertThat(run.status()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("sound").asBoolean()).isTrue();
        assertThat(report.get("full").asBoolean()).isTrue();
        assertThat(report.get("file")).isEmpty();
        assertThat(report.get("searchIndex")).isEmpty();
    }

    @Test
    void aDamagedLibraryFailsTheCheckAndRefusesAnnotateNamingTheLastBackup() throws IOException {
        CliRun backup = run("backup", "--library", library);
        damageTheMiddle(Path.of(library));
        byte[] damaged = Files.readAllBytes(Path.of(library));

        CliRun check = run("check", "--library", library);
        CliRun annotate = run("annotate", "3", "--start", "0", "--end", "2", "--code", "措施/约谈问责", "--library", library);

        assertThat(check.status()).isEqualTo(Cli.FAILED);
        assertThat(check.out()).contains("problems found");
        assertThat(check.err()).startsWith("flagmark: " + library + " is damaged");
        assertThat(annotate.status()).isEqualTo(Cli.FAILED);
        assertThat(annotate.err().strip()).contains("is damaged").contains("nothing was written")
                .contains("flagmark restore " + backup.out().strip().substring("Backed up to ".length()));
        assertThat(Files.readAllBytes(Path.of(library))).isEqualTo(damaged);
    }

    @Test
    void restoreLatestPutsTheLastBackupBackAndListsWhatItKept() throws IOException {
        JsonNode articles = JSON.readTree(run("list", "--json", "--library", library).out());
        run("backup", "--library", library);
        damageTheMiddle(Path.of(library));

        CliRun restore = run("restore", "latest", "--library", library);
        CliRun list = run("restore", "--library", library);

        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored " + library + " from ").contains("before-restore");
        assertThat(run("check", "--library", library).status()).isZero();
        assertThat(JSON.readTree(run("list", "--json", "--library", library).out())).isEqualTo(articles);
        assertThat(list.out()).contains("manual").contains("before-restore");
    }

    @Test
    void restoreWithoutABackupSaysSoWithStatusTwo() {
        Path other = temp.resolve("other.sqlite");

        CliRun run = run("restore", "latest", "--library", other.toString());

        assertThat(run.status()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("There is no backup of " + other);
    }

    /** Overwrites a 4 KB page in the middle of the file with noise, as a failing disk might. */
    private static void damageTheMiddle(Path file) throws IOException {
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = bytes.length() / 4096;
            bytes.seek(pages / 2 * 4096);
            byte[] page = new byte[4096];
            new Random(13).nextBytes(page);
            bytes.write(page);
        }
    }

    private CliRun run(String... args) {
        return CliRun.of(desktop -> Optional.empty(), args);
    }

}
