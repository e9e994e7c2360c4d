package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: JSON documents scripts rely on, and exit statuses. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final List<Optional<Path>> desktopLaunches = new ArrayList<>();

    @Test
    void importPrintsTheReportAsOneJsonDocument() throws IOException {
        Run run = run("import", "seeds", "--json", "--library", library());

        assertThat(run.status).isZero();
        JsonNode report = JSON.readTree(run.out);
        assertThat(report.get("files").asInt()).isEqualTo(5);
        assertThat(report.get("articles").asInt()).isEqualTo(17);
        assertThat(report.get("duplicates").asInt()).isZero();
        assertThat(report.get("skipped").isArray()).isTrue();
        assertThat(report.get("failed").isArray()).isTrue();
    }

    @Test
    void importWithSkippedFilesStillDidItsJob() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);

        Run run = run("import", folder.toString(), "--json", "--library", library());

        assertThat(run.status).isZero();
        assertThat(JSON.readTree(run.out).get("skipped").get(0).get("reason").asText()).isEqualTo("empty file");
    }

    @Test
    void listsArticlesWithTheirMetadataAndTheFileTheyCameFrom() throws IOException {
        String library = library();
        run("import", "seeds", "--library", library);

        JsonNode list = JSON.readTree(run("list", "--json", "--library", library).out);

        assertThat(list).hasSize(17);
        JsonNode first = list.get(0);
        assertThat(first.get("title").asText()).isEqualTo("动起来 跑起来 干起来");
        assertThat(first.get("date").asText()).isEqualTo("2022-02-08T09:28:12+08:00");
        assertThat(first.get("source").asText()).isEqualTo("大众日报");
        assertThat(first.get("file").asText()).isEqualTo(Path.of("seeds", "000_d6d82f7171e0354b.txt").toString());
        JsonNode third = list.get(2);
        assertThat(third.get("authors")).extracting(JsonNode::asText).containsExactly("张蓓", "于志君");
        assertThat(third.get("date").isNull()).isTrue();
    }

    @Test
    void showsBlocksAndTheCanonicalText() throws IOException {
        String library = library();
        run("import", "seeds/003_6413692d2a5cad3e.txt", "--library", library);

        JsonNode article = JSON.readTree(run("show", "1", "--json", "--library", library).out);

        assertThat(article.get("blocks").get(2).get("kind").asText()).isEqualTo("heading");
        assertThat(article.get("blocks").get(2).get("text").asText()).isEqualTo("开足马力复工复产");
        List<String> texts = new ArrayList<>();
        article.get("blocks").forEach(block -> texts.add(block.get("text").asText()));
        assertThat(article.get("text").asText()).isEqualTo(String.join("\n", texts));
    }

    @Test
    void showsTheReadersHtmlWithItsSecurityPolicy() {
        String library = library();
        run("import", "seeds/003_6413692d2a5cad3e.txt", "--library", library);

        String html = run("show", "1", "--html", "--library", library).out;

        assertThat(html).contains("Content-Security-Policy", "script-src 'sha256-", "data-start=\"0\"", "奋力跑好开局");
    }

    @Test
    void searchPrintsHitsWithMarkedSnippets() throws IOException {
        String library = library();
        run("import", "seeds", "--library", library);

        JsonNode hits = JSON.readTree(run("search", "约谈", "--json", "--library", library).out);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("snippet").asText()).contains("<mark>约谈</mark>");
        assertThat(run("search", "\"(AND*", "--library", library).status).isZero();
    }

    @Test
    void failsWithOneLineWhenTheFolderIsMissing() {
        Run run = run("import", temp.resolve("nowhere").toString(), "--library", library());

        assertThat(run.status).isEqualTo(Cli.FAILED);
        assertThat(run.err.strip()).startsWith("flagmark: ").doesNotContain("\n").contains("does not exist");
    }

    @Test
    void failsWithOneLineWhenTheLibraryIsUnreadable() throws IOException {
        Path notALibrary = Files.writeString(temp.resolve("notes.sqlite"), "这不是资料库");

        Run run = run("list", "--library", notALibrary.toString());

        assertThat(run.status).isEqualTo(Cli.FAILED);
        assertThat(run.err.strip()).startsWith("flagmark: ").doesNotContain("\n");
        assertThat(Files.readString(notALibrary)).isEqualTo("这不是资料库");
    }

    @Test
    void failsForAnArticleThatIsNotThere() {
        Run run = run("show", "42", "--library", library());

        assertThat(run.status).isEqualTo(Cli.FAILED);
        assertThat(run.err).contains("no article 42");
    }

    @Test
    void opensTheDesktopWithoutACommand() {
        Run run = run("--library", "mine.sqlite");

        assertThat(run.status).isZero();
        assertThat(desktopLaunches).containsExactly(Optional.of(Path.of("mine.sqlite")));
    }

    @Test
    void rejectsAnUnknownCommandAsAUsageError() {
        assertThat(run("frobnicate").status).isEqualTo(2);
    }

    private String library() {
        return temp.resolve("library.sqlite").toString();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, desktopLaunches::add, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
    }
}
