package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.usecase.CodedRegions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands over the hand-coded library of {@link CodedRegions}: their JSON and CSV
 * contracts, the same counts as the use cases give the window, and refusals with exit status 2.
 */
class AnalysisCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static String library;
    private static long a2;

    @BeforeAll
    static void codeTheLibrary() throws IOException {
        CodedRegions coded = CodedRegions.in(folder);
        a2 = coded.id("A2");
        coded.session.close();
        library = folder.resolve("library.sqlite").toString();
    }

    @Test
    void matrixPrintsRowsColumnsAndTotalsAsJson() throws IOException {
        CliRun run = run("matrix", "--rows", "region:prefecture", "--cols", "措施", "--count", "passages", "--json");

        assertThat(run.status()).isZero();
        JsonNode matrix = JSON.readTree(run.out());
        assertThat(matrix.get("level").asText()).isEqualTo("prefecture");
        assertThat(matrix.get("rule").asText()).isEqualTo("any");
        assertThat(matrix.get("columns")).hasSize(12);
        assertThat(matrix.get("columns").get(0).get("code").asText()).isEqualTo("措施/亮旗评比");
        JsonNode weifang = matrix.get("rows").get(2);
        assertThat(weifang.get("code").asText()).isEqualTo("370700");
        assertThat(weifang.get("name").asText()).isEqualTo("潍坊市");
        assertThat(weifang.get("within").asText()).isEqualTo("山东省");
        assertThat(weifang.get("cells").get(0).asInt()).isEqualTo(3);
        assertThat(weifang.get("total").asInt()).isEqualTo(8);
        assertThat(matrix.get("withoutRegion").get("total").asInt()).isEqualTo(1);
        assertThat(matrix.get("total").asInt()).isEqualTo(11);
    }

    @Test
    void matrixCountsArticlesUnderTheMainRegionRule() throws IOException {
        JsonNode matrix = JSON.readTree(run("matrix", "--cols", "措施", "--rule", "main", "--json").out());

        assertThat(matrix.get("count").asText()).isEqualTo("articles");
        assertThat(matrix.get("rows").get(2).get("total").asInt()).isEqualTo(3);
        assertThat(matrix.get("total").asInt()).isEqualTo(6);
    }

    @Test
    void timelinePrintsCsvWithTheUndatedArticlesApart() {
        CliRun run = run("timeline", "--code", "措施", "--by", "year", "--count", "passages", "--csv");

        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("year,措施/亮旗评比,措施/蓝黄红督导,").endsWith(",total");
        assertThat(lines.get(1)).startsWith("2022,").endsWith(",9");
        assertThat(lines.get(2)).startsWith("2023,").endsWith(",1");
        assertThat(lines.get(3)).startsWith("(undated),1,").endsWith(",1");
        assertThat(lines.get(4)).startsWith("(total),").endsWith(",11");
    }

    @Test
    void timelineFollowsEachRegionGivenAsASeriesOfItsOwn() throws IOException {
        JsonNode timeline = JSON.readTree(run("timeline", "--code", "措施", "--region", "潍坊市", "--region", "杭州市",
                "--json").out());

        assertThat(timeline.get("series")).hasSize(2);
        assertThat(timeline.get("series").get(1).get("region").get("code").asText()).isEqualTo("330100");
        assertThat(timeline.get("series").get(1).get("bins").get(2).get("total").asInt()).isEqualTo(1);
        assertThat(timeline.get("series").get(0).get("undated").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void timelineCsvCarriesTheRegionOnEveryRow() {
        CliRun run = run("timeline", "--code", "措施", "--region", "潍坊市", "--region", "杭州市", "--by", "year", "--csv");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("region_code,region,year,");
        assertThat(lines.get(1)).startsWith("370700,潍坊市,2022,").endsWith(",3");
        assertThat(lines.get(4)).startsWith("330100,杭州市,2022,").endsWith(",1");
    }

    @Test
    void passagesFilterByRegionAndCodeAndCarryTheirArticle() throws IOException {
        JsonNode passages = JSON.readTree(run("passages", "--code", "措施/观摩点评", "--region", "济南市",
                "--rule", "main", "--json").out());

        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).get("article").asLong()).isEqualTo(a2);
        assertThat(passages.get(0).get("exact").asText()).isEqualTo("观摩");
        assertThat(passages.get(0).get("title").asText()).isEqualTo("奎文历下");
        assertThat(passages.get(0).get("date").asText()).isEqualTo("2022-02-20");
        assertThat(passages.get(0).get("codes").get(0).asText()).isEqualTo("措施/观摩点评");
    }

    @Test
    void outcomesPrintRegionDateAndValues() throws IOException {
        JsonNode outcomes = JSON.readTree(run("outcomes", "--json").out());

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).get("region").get("name").asText()).isEqualTo("历下区");
        assertThat(outcomes.get(0).get("prefecture").get("code").asText()).isEqualTo("370100");
        assertThat(outcomes.get(0).get("value").asText()).isEqualTo("97");
        assertThat(outcomes.get(0).get("asOf").isNull()).isTrue();
    }

    @Test
    void anAmbiguousRegionIsRefusedWithItsCandidates() {
        CliRun run = run("passages", "--region", "朝阳区");

        assertThat(run.status()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("110105").contains("220104");
    }

    @Test
    void anUnknownCodeOrRowsAreRefused() {
        assertThat(run("matrix", "--cols", "没有的代码").status()).isEqualTo(Cli.REFUSED);
        assertThat(run("matrix", "--cols", "措施", "--rows", "region:township").status()).isEqualTo(Cli.REFUSED);
        assertThat(run("timeline", "--code", "措施", "--within", "5").status()).isEqualTo(Cli.REFUSED);
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", library));
        return CliRun.of(file -> { }, all.toArray(String[]::new));
    }

}
