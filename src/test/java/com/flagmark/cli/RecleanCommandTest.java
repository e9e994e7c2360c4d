package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.usecase.OlderCleanerLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flagmark reclean}: a library an older cleaner made, re-cleaned from the command line. */
class RecleanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private String library;

    @BeforeEach
    void olderLibraryWithAnAnnotationOnAReadersComment() throws IOException, SQLException {
        Path file = folder.resolve("library.sqlite");
        OlderCleanerLibrary.write(file);
        library = file.toString();
        JsonNode article = JSON.readTree(run("show", "1", "--json", "--library", library).out());
        int start = article.get("text").asText().codePointCount(0, article.get("text").asText().indexOf("这个调度会开得好"));
        assertThat(run("annotate", "1", "--start", String.valueOf(start), "--end", String.valueOf(start + 8),
                "--code", "措施/约谈问责", "--library", library).status()).isZero();
    }

    @Test
    void recleaningWithoutIdsTakesTheOlderCleanersArticlesAndListsTheOrphans() throws IOException {
        CliRun run = run("reclean", "--json", "--library", library);

        assertThat(run.status()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("files").asInt()).isEqualTo(1);
        assertThat(report.get("changed").asInt()).isEqualTo(1);
        assertThat(report.get("orphaned")).singleElement().satisfies(orphan -> {
            assertThat(orphan.get("article").asLong()).isEqualTo(1);
            assertThat(orphan.get("quote").asText()).isEqualTo("这个调度会开得好");
        });
        assertThat(JSON.readTree(run("annotations", "1", "--json", "--library", library).out()).get(0)
                .get("orphaned").asBoolean()).isTrue();
    }

    @Test
    void recleaningAgainFindsNothingOlder() throws IOException {
        run("reclean", "--library", library);

        JsonNode again = JSON.readTree(run("reclean", "--json", "--library", library).out());

        assertThat(again.get("files").asInt()).isZero();
    }

    @Test
    void idsAndAllTogetherAreRefused() {
        CliRun run = run("reclean", "1", "--all", "--library", library);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("not both");
    }

    @Test
    void anUnknownArticleIsAnError() {
        CliRun run = run("reclean", "42", "--library", library);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no article 42");
    }

    private CliRun run(String... args) {
        return CliRun.of(launch -> { }, args);
    }

}
