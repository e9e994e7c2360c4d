package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suggest}: the JSON contract, accepting, rejecting and accepting in bulk, and what it refuses. */
class SuggestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 𠮷 (outside the BMP) before the cue words, so offsets must count code points. */
    private static final String ARTICLE = "𠮷野家开展亮红黄旗评比\n\n本报讯 𠮷野家门店对后进的门店亮黄旗，并约谈负责人。"
            + "截至2月20日，返岗率达98%。\n";

    @TempDir
    Path temp;

    private String library;

    @BeforeEach
    void importOneArticle() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), ARTICLE);
        library = temp.resolve("library.sqlite").toString();
        assertThat(run("import", folder.toString(), "--library", library).status()).isZero();
    }

    @Test
    void suggestPrintsEachSuggestionWithTheContractsFieldsInCodePoints() throws IOException {
        CliRun run = run("suggest", "1", "--json", "--library", library);

        assertThat(run.status()).isZero();
        JsonNode listed = JSON.readTree(run.out());
        String text = JSON.readTree(run("show", "1", "--json", "--library", library).out()).get("text").asText();
        for (JsonNode entry : listed) {
            assertThat(fieldNames(entry)).containsAll(List.of("id", "article", "start", "end", "exact", "code",
                    "attributes", "evidence", "tier", "status"));
            int[] points = text.codePoints().toArray();
            assertThat(new String(points, entry.get("start").asInt(), entry.get("end").asInt() - entry.get("start").asInt()))
                    .isEqualTo(entry.get("exact").asText());
        }
        JsonNode interview = entry(listed, "约谈");
        assertThat(interview.get("code").asText()).isEqualTo("措施/约谈问责");
        assertThat(interview.get("tier").asText()).isEqualTo("high");
        assertThat(interview.get("status").asText()).isEqualTo("open");
        assertThat(interview.get("evidence").get("cue").asText()).isEqualTo("约谈");
        JsonNode figure = entry(listed, "返岗率达98%");
        assertThat(figure.get("code").asText()).isEqualTo("成效/复工复产");
        assertThat(figure.get("attributes").get("value").asText()).isEqualTo("98");
        assertThat(figure.get("attributes").get("unit").asText()).isEqualTo("%");
    }

    @Test
    void anAcceptedSuggestionBecomesAnAnnotationAndIsListedAsAccepted() throws IOException {
        long id = entry(list(), "约谈").get("id").asLong();

        CliRun accepted = run("suggest", "--accept", String.valueOf(id), "--library", library);

        assertThat(accepted.status()).isZero();
        assertThat(accepted.out()).startsWith("Accepted suggestion " + id);
        JsonNode annotations = JSON.readTree(run("annotations", "1", "--json", "--library", library).out());
        assertThat(annotations).hasSize(1);
        assertThat(entry(list(), "约谈").get("status").asText()).isEqualTo("accepted");
    }

    @Test
    void aRejectedSuggestionIsListedAsRejectedAndAmongTheRejections() throws IOException {
        long id = entry(list(), "约谈").get("id").asLong();

        assertThat(run("suggest", "--reject", String.valueOf(id), "--library", library).status()).isZero();

        assertThat(entry(list(), "约谈").get("status").asText()).isEqualTo("rejected");
        JsonNode rejections = JSON.readTree(run("suggest", "--rejections", "--json", "--library", library).out());
        assertThat(rejections).singleElement().satisfies(rejection ->
                assertThat(rejection.get("exact").asText()).isEqualTo("约谈"));
    }

    @Test
    void aBulkAcceptTellsItsCountFirstAndThenAcceptsThatMany() throws IOException {
        JsonNode counted = JSON.readTree(run("suggest", "--all", "--code", "措施", "--accept-all", "--count", "--json",
                "--library", library).out());
        int count = counted.get("wouldAccept").asInt();
        assertThat(count).isPositive();
        assertThat(JSON.readTree(run("annotations", "--json", "--library", library).out())).isEmpty();

        JsonNode accepted = JSON.readTree(run("suggest", "--all", "--code", "措施", "--accept-all", "--json",
                "--library", library).out());

        assertThat(accepted.get("accepted").asInt()).isEqualTo(count);
        assertThat(JSON.readTree(run("annotations", "--json", "--library", library).out())).hasSize(count);
    }

    @Test
    void aRuleRejectsTheTextAsItsCode() throws IOException {
        assertThat(run("suggest", "--never", "约谈", "--code", "措施", "--library", library).status()).isZero();

        assertThat(entry(list(), "约谈").get("status").asText()).isEqualTo("rejected");
        assertThat(JSON.readTree(run("suggest", "--rules", "--json", "--library", library).out())).singleElement()
                .satisfies(rule -> assertThat(rule.get("code").asText()).isEqualTo("措施"));
    }

    @Test
    void suggestRefusesWhatItCannotDoWithAOneLineMessage() {
        assertThat(run("suggest", "--library", library).status()).isEqualTo(Cli.REFUSED);
        assertThat(run("suggest", "--all", "--tier", "medium", "--library", library).status()).isEqualTo(Cli.REFUSED);
        CliRun unknown = run("suggest", "--accept", "999", "--library", library);
        assertThat(unknown.status()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("no suggestion 999");
    }

    private JsonNode list() throws IOException {
        return JSON.readTree(run("suggest", "1", "--json", "--library", library).out());
    }

    private static JsonNode entry(JsonNode listed, String exact) {
        return StreamSupport.stream(listed.spliterator(), false).filter(each -> each.get("exact").asText().equals(exact))
                .findFirst().orElseThrow(() -> new AssertionError("No suggestion " + exact + " in " + listed));
    }

    private static List<String> fieldNames(JsonNode entry) {
        List<String> names = new ArrayList<>();
        entry.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private CliRun run(String... args) {
        return CliRun.of(file -> { }, args);
    }

}
