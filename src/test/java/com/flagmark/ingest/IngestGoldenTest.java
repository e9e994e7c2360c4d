package com.flagmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the importer: each folder under {@code src/test/resources/ingest/} holds an
 * input file beside {@code expected.json}, the metadata and blocks written by hand from reading
 * the input. Cases named {@code seed-…} read their input from the sample articles in
 * {@code seeds/}, named by the {@code fileName} in expected.json.
 */
class IngestGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/ingest");
    private static final Path SEEDS = Path.of("seeds");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Ingester INGESTER = new Ingester(HanlpSegmenter.get());

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(folder -> Files.exists(folder.resolve("expected.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importReadsWhatTheArticleSays(Path folder) throws IOException {
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        Path input = input(folder, expected);
        String fileName = expected.hasNonNull("fileName") ? expected.get("fileName").asText()
                : input.getFileName().toString();

        IngestResult result = INGESTER.read(fileName, Files.readAllBytes(input));

        if (expected.has("skipped")) {
            assertThat(result).isInstanceOf(IngestResult.Skipped.class);
            assertThat(((IngestResult.Skipped) result).reason().text()).contains(expected.get("skipped").asText());
            return;
        }
        assertThat(result).as("result of %s", fileName).isInstanceOf(IngestResult.Articles.class);
        List<Article> articles = ((IngestResult.Articles) result).articles();
        List<Map<String, Object>> expectedArticles = JSON.convertValue(expected.get("articles"), List.class);
        for (int i = 0; i < Math.min(articles.size(), expectedArticles.size()); i++) {
            assertThat(describe(articles.get(i))).as("article %d of %s", i + 1, fileName)
                    .isEqualTo(expectedArticles.get(i));
        }
        assertThat(articles).as("number of articles in %s", fileName).hasSize(expectedArticles.size());
    }

    private static Path input(Path folder, JsonNode expected) throws IOException {
        if (folder.getFileName().toString().startsWith("seed-")) {
            return SEEDS.resolve(expected.get("fileName").asText());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("input.")).findFirst()
                    .orElseThrow(() -> new IOException("No input file in " + folder));
        }
    }

    /** The article in the shape of expected.json. */
    static Map<String, Object> describe(Article article) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", article.title().orElse(null));
        json.put("kicker", article.kicker().orElse(null));
        json.put("date", article.date().map(ArticleDate::iso).orElse(null));
        json.put("source", article.source().orElse(null));
        List<Map<String, Object>> credits = new ArrayList<>();
        for (Author credit : article.credits()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", credit.name());
            entry.put("role", credit.role().orElse(null));
            credits.add(entry);
        }
        json.put("credits", credits);
        json.put("url", article.url().orElse(null));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block block : article.blocks()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", block.kind().id());
            entry.put("text", block.text());
            blocks.add(entry);
        }
        json.put("blocks", blocks);
        return json;
    }
}
