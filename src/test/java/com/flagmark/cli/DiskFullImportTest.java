package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import on a disk that fills part-way: the report still comes, with what was stored before. */
class DiskFullImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theReportStillPrintsWithWhatWasStoredBeforeTheDiskFilled() throws IOException, InterruptedException {
        Path folder = ManyArticles.write(temp.resolve("articles"), 600);
        Path library = temp.resolve("library.sqlite");
        ChildFlagmark flagmark = new ChildFlagmark(temp.resolve("user"));

        int status = flagmark.runOnADiskThatFillsAt(1500, "import", folder.toString(), "--json", "--library", library.toString());

        assertThat(status).as(flagmark.err()).isEqualTo(Cli.FAILED);
        assertThat(flagmark.err()).startsWith("flagmark: The import stopped: Could not write to the library");
        JsonNode report = JSON.readTree(flagmark.out());
        assertThat(report.get("stopped").asText()).startsWith("Could not write to the library");
        assertThat(report.get("articles").asInt()).isPositive();
        assertThat(report.get("failed").get(0).get("reason").asText()).startsWith("not stored: ");
        assertThat(new ChildFlagmark(temp.resolve("again")).run("list", "--json", "--library", library.toString())).isZero();
        List<JsonNode> stored = List.copyOf(JSON.readTree(Files.readString(temp.resolve("again/out.txt"))).findParents("id"));
        assertThat(stored).hasSize(report.get("articles").asInt());
    }
}
