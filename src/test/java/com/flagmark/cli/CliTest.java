package com.flagmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
        CliRun run = run("import", "seeds", "--json", "--library", library());

        assertThat(run.status()).isZero();
        JsonNode report = JSON.readTree(run.out());
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

        CliRun run = run("import", folder.toString(), "--json", "--library", library());

        assertThat(run.status()).isZero();
        assertThat(JSON.readTree(run.out()).get("skipped").get(0).get("reason").asText()).isEqualTo("empty file");
    }

    @Test
    void listsArticlesWithTheirMetadataAndTheFileTheyCameFrom() throws IOException {
        String library = library();
        run("import", "seeds", "--library", library);

        JsonNode list = JSON.readTree(run("list", "--json", "--library", library).out());

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

        JsonNode article = JSON.readTree(run("show", "1", "--json", "--library", library).out());

        assertThat(article.get("blocks").get(2).get("kind").asText()).isEqualTo("heading");
        assertThat(article.get("blocks").get(2).get("text").asText()).isEqualTo("开足马力复工复产");
        List<String> texts = new ArrayList<>();
        article.get("blocks").forEach(block -> texts.add(block.get("text").asText()));
        assertThat(article.get("text").asText()).isEqualTo(String.join("\n", texts));
    }

    @Test
    void showsCreditsWithTheirRoleAndTheBylinesWord() throws IOException {
        String library = library();
        run("import", "seeds", "--library", library);

        JsonNode credits = JSON.readTree(run("show", "3", "--json", "--library", library).out()).get("credits");

        assertThat(credits).hasSize(2);
        assertThat(credits.get(0).get("name").asText()).isEqualTo("张蓓");
        assertThat(credits.get(0).get("role").asText()).isEqualTo("reporter");
        assertThat(credits.get(1).get("role").asText()).isEqualTo("correspondent");
        assertThat(credits.get(1).get("byline").asText()).contains("通讯员");
    }

    @Test
    void showsTheReadersHtmlWithItsSecurityPolicy() {
        String library = library();
        run("import", "seeds/003_6413692d2a5cad3e.txt", "--library", library);

        String html = run("show", "1", "--html", "--library", library).out();

        assertThat(html).contains("Content-Security-Policy", "script-src 'sha256-", "data-start=\"0\"", "奋力跑好开局");
    }

    @Test
    void searchPrintsHitsWithMarkedSnippets() throws IOException {
        String library = library();
        run("import", "seeds", "--library", library);

        JsonNode hits = JSON.readTree(run("search", "约谈", "--json", "--library", library).out());

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("snippet").asText()).contains("<mark>约谈</mark>");
        assertThat(run("search", "\"(AND*", "--library", library).status()).isZero();
    }

    @Test
    void searchCountsEachQueryInOneProcess() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "市领导约谈企业\n\n对排名靠后的县区进行约谈，亮出黄旗。\n");
        Files.writeString(folder.resolve("b.txt"), "红旗飘飘\n\n经济运行保持稳定。\n枣庄市项目建设提速，约，谈不上。\n");
        Files.writeString(folder.resolve("c.txt"), "春节假期\n\n返岗复工，项目建设加快。\n");
        String library = library();
        run("import", folder.toString(), "--library", library);

        JsonNode counts = JSON.readTree(run("search", "约谈", "旗", "定枣", "项目建设", "\"(", "--count", "--json",
                "--library", library).out());

        assertThat(counts).hasSize(5);
        assertThat(counts.get(0).get("query").asText()).isEqualTo("约谈");
        assertThat(counts.get(0).get("total").asLong()).isEqualTo(1);
        assertThat(counts.get(1).get("total").asLong()).isEqualTo(2);
        assertThat(counts.get(2).get("total").asLong()).isZero();
        assertThat(counts.get(3).get("total").asLong()).isEqualTo(2);
        assertThat(counts.get(4).get("total").asLong()).isZero();
        assertThat(counts.get(0).get("tookMs").asDouble()).isNotNegative();
    }

    @Test
    void searchOfALibraryWhoseIndexLagsFarGivesExactTotalsAndKeepsItsOutputJson() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "市领导约谈企业\n\n对排名靠后的县区进行约谈，亮出黄旗。\n");
        Files.writeString(folder.resolve("b.txt"), "春节假期\n\n返岗复工，项目建设加快。\n");
        String library = library();
        run("import", folder.toString(), "--library", library);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library);
                Statement statement = connection.createStatement()) {
            // As after a restore: every article logged again, far more changes than a search catches up unremarked.
            statement.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                    + " INSERT INTO search_log (article_id) SELECT 1 + i % 2 FROM n");
        }

        CliRun search = run("search", "约谈", "返岗", "--count", "--json", "--library", library);

        JsonNode counts = JSON.readTree(search.out());
        assertThat(counts.get(0).get("total").asLong()).isEqualTo(1);
        assertThat(counts.get(1).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void failsWithOneLineWhenTheFolderIsMissing() {
        CliRun run = run("import", temp.resolve("nowhere").toString(), "--library", library());

        assertThat(run.status()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).startsWith("flagmark: ").doesNotContain("\n").contains("does not exist");
    }

    @Test
    void failsWithOneLineWhenTheLibraryIsUnreadable() throws IOException {
        Path notALibrary = Files.writeString(temp.resolve("notes.sqlite"), "这不是资料库");

        CliRun run = run("list", "--library", notALibrary.toString());

        assertThat(run.status()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).startsWith("flagmark: ").doesNotContain("\n");
        assertThat(Files.readString(notALibrary)).isEqualTo("这不是资料库");
    }

    @Test
    void aMistypedLibraryPathIsReportedAndNoLibraryIsCreated() {
        Path mistyped = temp.resolve("libary.sqlite");

        for (String command : List.of("list", "codes", "search", "annotations", "export")) {
            List<String> args = new ArrayList<>(List.of(command, "--library", mistyped.toString()));
            args.addAll(switch (command) {
                case "search" -> List.of("约谈");
                case "export" -> List.of("--format", "csv", "--out", temp.resolve("out.csv").toString());
                default -> List.of();
            });
            CliRun run = run(args.toArray(String[]::new));

            assertThat(run.status()).as(command).isEqualTo(Cli.FAILED);
            assertThat(run.err().strip()).as(command).startsWith("flagmark: There is no library at " + mistyped)
                    .doesNotContain("\n");
        }
        assertThat(mistyped).doesNotExist();
        assertThat(temp.resolve("out.csv")).doesNotExist();
    }

    @Test
    void failsForAnArticleThatIsNotThere() {
        CliRun run = run("show", "42", "--library", emptyLibrary());

        assertThat(run.status()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("no article 42");
    }

    @Test
    void opensTheDesktopWithoutACommand() {
        CliRun run = run("--library", "mine.sqlite");

        assertThat(run.status()).isZero();
        assertThat(desktopLaunches).containsExactly(Optional.of(Path.of("mine.sqlite")));
    }

    @Test
    void exportsTheCodebookAsCsvWrittenWhole() throws IOException {
        String library = emptyLibrary();
        Path out = temp.resolve("codebook.csv");

        CliRun run = run("export", "--format", "codebook-csv", "--out", out.toString(), "--library", library);

        assertThat(run.status()).isZero();
        assertThat(Files.readString(out)).startsWith("\uFEFFcode_id,path,name").contains("措施/约谈问责");
    }

    @Test
    void refusesAnExportFormatItDoesNotWriteAndAFolderThatIsNotThere() {
        String library = emptyLibrary();

        assertThat(run("export", "--format", "xlsx", "--out", temp.resolve("a.xlsx").toString(), "--library", library)
                .status()).isEqualTo(Cli.REFUSED);
        CliRun missing = run("export", "--format", "csv", "--out", temp.resolve("no/such/a.csv").toString(),
                "--library", library);
        assertThat(missing.status()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).contains("does not exist");
        assertRefused(run("export", "--format", "qdc", "--out", temp.resolve("a.qdc").toString(), "--code", "措施",
                "--library", library), "writes the whole codebook");
    }

    @Test
    void importAnnotationsBringsBackAnExportAndReportsAsJson() throws IOException {
        String library = libraryWithCrlfArticle();
        run("annotate", "1", "--start", "6", "--end", "11", "--code", "措施/亮旗评比", "--note", "两面旗", "--library", library);
        Path exported = temp.resolve("coded.qdpx");
        assertThat(run("export", "--format", "qdpx", "--out", exported.toString(), "--library", library).status()).isZero();
        String fresh = temp.resolve("fresh.sqlite").toString();

        CliRun first = run("import-annotations", exported.toString(), "--json", "--library", fresh);
        CliRun second = run("import-annotations", exported.toString(), "--library", fresh);

        assertThat(first.status()).isZero();
        JsonNode report = JSON.readTree(first.out());
        assertThat(report.get("format").asText()).isEqualTo("REFI-QDA project");
        assertThat(report.get("added").asInt()).isEqualTo(1);
        assertThat(report.get("articlesAdded").asInt()).isEqualTo(1);
        assertThat(report.get("unmatched")).isEmpty();
        assertThat(second.out()).startsWith("REFI-QDA project: 1 read, 0 added, 1 already in the library");
        assertThat(run("annotations", "--library", fresh).out()).contains("6–11  措施/亮旗评比  「红黄旗评比」  两面旗");
    }

    @Test
    void importAnnotationsRefusesAFileThatIsNoAnnotationsWithStatusTwo() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "不是标注文件");

        assertRefused(run("import-annotations", file.toString(), "--library", emptyLibrary()), "nothing was imported");
    }

    @Test
    void importAnnotationsRefusesACodebookNestedTooDeepWithStatusTwoAndStoresNothing() throws IOException {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            codes.append("<Code guid=\"c0de0000-0000-4000-8000-").append(String.format("%012d", i))
                    .append("\" name=\"c").append(i).append("\" isCodable=\"true\">");
        }
        Path file = Files.writeString(temp.resolve("deep.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + codes + "</Code>".repeat(2_000) + "</Codes></CodeBook>");
        String library = emptyLibrary();
        String before = run("codes", "--json", "--library", library).out();

        assertRefused(run("import-annotations", file.toString(), "--library", library), "more than 100 levels deep");
        assertThat(run("codes", "--json", "--library", library).out()).isEqualTo(before);
    }

    @Test
    void importAnnotationsReportsNotesAndWhatItDidNotImportAsJson() throws IOException {
        Path file = Files.writeString(temp.resolve("journal.qde"), """
                <Project xmlns="urn:QDA-XML:project:1.0" name="p">
                  <Notes><Note guid="a0a00000-0000-4000-8000-000000000001" name="日志">
                    <PlainTextContent>第一周</PlainTextContent></Note></Notes>
                  <NoteRef targetGUID="a0a00000-0000-4000-8000-000000000001"/>
                </Project>
                """);

        CliRun imported = run("import-annotations", file.toString(), "--json", "--library", library());

        JsonNode report = JSON.readTree(imported.out());
        assertThat(report.get("notes").asInt()).isZero();
        assertThat(report.get("notImported")).singleElement().satisfies(item -> {
            assertThat(item.get("kind").asText()).isEqualTo("journal");
            assertThat(item.get("name").asText()).isEqualTo("日志");
            assertThat(item.get("reason").asText()).contains("第一周");
        });
    }

    @Test
    void rejectsAnUnknownCommandAsAUsageError() {
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void annotatePrintsTheStoredAnnotationWithOffsetsInCodePoints() throws IOException {
        String library = libraryWithCrlfArticle();
        String text = canonicalText(library);
        int charIndex = text.indexOf("约谈负责人");
        int start = text.codePointCount(0, charIndex);

        CliRun run = run("annotate", "1", "--start", String.valueOf(start), "--end", String.valueOf(start + 5),
                "--code", "措施/约谈问责", "--code", "3", "--note", "约谈", "--attr", "rated=负责人", "--json",
                "--library", library);

        assertThat(run.status()).isZero();
        assertThat(start).isEqualTo(charIndex - 2);
        JsonNode annotation = JSON.readTree(run.out());
        assertThat(annotation.get("id").asLong()).isPositive();
        assertThat(annotation.get("article").asLong()).isEqualTo(1);
        assertThat(annotation.get("start").asInt()).isEqualTo(start);
        assertThat(annotation.get("end").asInt()).isEqualTo(start + 5);
        assertThat(annotation.get("exact").asText()).isEqualTo("约谈负责人");
        assertThat(annotation.get("prefix").asText()).isEqualTo("𠮷野家开展亮红黄旗评比\n本报讯\n𠮷野家门店对后进的门店亮黄旗，并");
        assertThat(annotation.get("suffix").asText()).startsWith("。\n截至2月20日");
        assertThat(annotation.get("codes")).extracting(JsonNode::asText).containsExactly("措施/约谈问责", "措施/亮旗评比");
        assertThat(annotation.get("note").asText()).isEqualTo("约谈");
        assertThat(annotation.get("attributes")).isEqualTo(JSON.readTree("{\"rated\":\"负责人\"}"));
        assertThat(run("annotations", "1", "--json", "--library", library).out())
                .isEqualTo(run("annotations", "--json", "--library", library).out());
        assertThat(JSON.readTree(run("annotations", "1", "--json", "--library", library).out()))
                .containsExactly(annotation);
    }

    @Test
    void aCharacterOutsideTheBmpCountsAsOneCodePoint() throws IOException {
        String library = libraryWithCrlfArticle();

        JsonNode annotation = JSON.readTree(run("annotate", "1", "--start", "0", "--end", "3", "--code", "地区",
                "--attr", "level=zone", "--json", "--library", library).out());

        assertThat(annotation.get("exact").asText()).isEqualTo("𠮷野家");
        assertThat(annotation.get("prefix").asText()).isEmpty();
    }

    @Test
    void aPassageAcrossLinesOfACrlfFileHoldsOneLineFeed() throws IOException {
        String library = libraryWithCrlfArticle();
        String text = canonicalText(library);
        int start = text.codePointCount(0, text.indexOf("负责人。"));

        JsonNode annotation = JSON.readTree(run("annotate", "1", "--start", String.valueOf(start), "--end",
                String.valueOf(start + 7), "--code", "成效/复工复产", "--json", "--library", library).out());

        assertThat(annotation.get("exact").asText()).isEqualTo("负责人。\n截至");
    }

    @Test
    void annotateWithoutJsonPrintsOneReadableLine() {
        String library = libraryWithCrlfArticle();

        CliRun run = run("annotate", "1", "--start", "0", "--end", "3", "--code", "地区", "--library", library);

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).doesNotContain("\n").contains("article 1", "0–3", "地区", "𠮷野家");
    }

    @Test
    void annotateRefusesBadInputWithStatusTwoAndOneLine() throws IOException {
        String library = libraryWithCrlfArticle();

        assertRefused(run("annotate", "1", "--start", "60", "--end", "600", "--code", "地区", "--library", library),
                "not inside the article's text");
        assertRefused(run("annotate", "1", "--start", "5", "--end", "5", "--code", "地区", "--library", library),
                "is empty");
        assertRefused(run("annotate", "1", "--start", "0", "--end", "3", "--code", "措施/乱码", "--library", library),
                "no code 措施/乱码");
        assertRefused(run("annotate", "1", "--start", "0", "--end", "3", "--code", "措施", "--library", library),
                "措施 is a category");
        assertRefused(run("annotate", "1", "--start", "0", "--end", "3", "--code", "成效/投资", "--attr", "value=九十八",
                "--library", library), "must be a number");
        assertRefused(run("annotate", "1", "--start", "0", "--end", "3", "--code", "地区", "--attr", "colour=红",
                "--library", library), "no attribute 'colour'");
        assertThat(JSON.readTree(run("annotations", "--json", "--library", library).out())).isEmpty();
    }

    @Test
    void annotateFailsWithStatusOneForAnArticleThatIsNotThere() {
        CliRun run = run("annotate", "42", "--start", "0", "--end", "3", "--code", "地区", "--library", emptyLibrary());

        assertThat(run.status()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("no article 42");
        assertThat(run("annotations", "42", "--library", emptyLibrary()).status()).isEqualTo(Cli.FAILED);
    }

    @Test
    void codesListsTheCodebookWithPathsAttributesAndCues() throws IOException {
        JsonNode codes = JSON.readTree(run("codes", "--json", "--library", emptyLibrary()).out());

        assertThat(codes).hasSize(21);
        JsonNode region = codes.get(0);
        assertThat(region.get("path").asText()).isEqualTo("地区");
        assertThat(region.get("parent").isNull()).isTrue();
        assertThat(region.get("shortcut").isNull()).isTrue();
        assertThat(region.get("codable").asBoolean()).isTrue();
        JsonNode measures = codes.get(1);
        JsonNode flags = codes.get(2);
        assertThat(flags.get("path").asText()).isEqualTo("措施/亮旗评比");
        assertThat(flags.get("name").asText()).isEqualTo("亮旗评比");
        assertThat(flags.get("englishName").asText()).isEqualTo("Red/yellow flag ranking");
        assertThat(flags.get("parent").asLong()).isEqualTo(measures.get("id").asLong());
        assertThat(flags.get("colour").asText()).isEqualTo("#D32F2F");
        assertThat(flags.get("shortcut").asText()).isEqualTo("1");
        assertThat(flags.get("cues")).extracting(JsonNode::asText).startsWith("红旗", "黄旗");
        assertThat(measures.get("codable").asBoolean()).isFalse();
        JsonNode cycle = measures.get("attributes").get(2);
        assertThat(cycle.get("name").asText()).isEqualTo("cycle");
        assertThat(cycle.get("label").asText()).isEqualTo("周期");
        assertThat(cycle.get("englishLabel").asText()).isEqualTo("Cycle");
        assertThat(cycle.get("type").asText()).isEqualTo("choice");
        assertThat(cycle.get("choices")).extracting(JsonNode::asText).contains("weekly", "yearly");
    }

    @Test
    void listCountsEachArticlesAnnotations() throws IOException {
        String library = libraryWithCrlfArticle();
        run("annotate", "1", "--start", "0", "--end", "3", "--code", "地区", "--library", library);

        JsonNode list = JSON.readTree(run("list", "--json", "--library", library).out());

        assertThat(list.get(0).get("annotationCount").asInt()).isEqualTo(1);
    }

    @Test
    void importTakesThePaperAndDateOfArticlesThatDoNotGiveThemAndListsOnlyProblemsWhenAsked() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.copy(Path.of("seeds/002_1485c1450ca8f693.txt"), folder.resolve("page.txt"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        String library = library();

        CliRun run = run("import", folder.toString(), "--source", "潍坊日报", "--date", "2023-01-31", "--problems",
                "--library", library);

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("  skipped    empty.txt: empty file").doesNotContain("page.txt");
        JsonNode first = JSON.readTree(run("list", "--json", "--library", library).out()).get(0);
        assertThat(first.get("source").asText()).isEqualTo("潍坊日报");
        assertThat(first.get("date").asText()).isEqualTo("2023-01-31");
        assertRefused(run("import", folder.toString(), "--date", "31/01/2023", "--library", library), "is not a date");
    }

    @Test
    void editCorrectsSeveralArticlesAtOnceAndListShowsTheCorrections() throws IOException {
        String library = library();
        run("import", "seeds", "--library", library);

        CliRun run = run("edit", "3", "4", "--date", "2023-01-31", "--source", "潍坊日报", "--author", "张蓓",
                "--json", "--library", library);

        assertThat(run.status()).isZero();
        JsonNode edited = JSON.readTree(run.out());
        assertThat(edited).hasSize(2);
        assertThat(edited.get(1).get("id").asInt()).isEqualTo(4);
        assertThat(edited.get(1).get("corrected").toString()).isEqualTo("[\"date\",\"source\",\"authors\"]");
        JsonNode listed = JSON.readTree(run("list", "--json", "--library", library).out()).get(2);
        assertThat(listed.get("date").asText()).isEqualTo("2023-01-31");
        assertThat(listed.get("source").asText()).isEqualTo("潍坊日报");
        assertThat(listed.get("authors").toString()).isEqualTo("[\"张蓓\"]");
    }

    @Test
    void editRefusesADateThatIsNoDateWithStatusTwoAndChangesNothing() throws IOException {
        String library = library();
        run("import", "seeds", "--library", library);

        assertRefused(run("edit", "3", "--date", "31.01.2023", "--source", "潍坊日报", "--library", library),
                "is not a date");
        assertRefused(run("edit", "3", "--library", library), "Say what to correct");
        assertThat(JSON.readTree(run("list", "--json", "--library", library).out()).get(2).get("source").isNull())
                .isTrue();
    }

    private String library() {
        return temp.resolve("library.sqlite").toString();
    }

    /** The library file, created empty (with the default codebook) as importing nothing creates it. */
    private String emptyLibrary() {
        try {
            Path nothing = Files.createDirectories(temp.resolve("nothing"));
            assertThat(run("import", nothing.toString(), "--library", library()).status()).isZero();
            return library();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A library holding one article from a text file with CRLF line ends and 𠮷 in its text; its
     * first line, with no blank line after it, stays in the text as a heading.
     */
    private String libraryWithCrlfArticle() {
        try {
            Path folder = Files.createDirectories(temp.resolve("crlf"));
            Files.writeString(folder.resolve("a.txt"), "𠮷野家开展亮红黄旗评比\r\n本报讯 𠮷野家门店对后进的门店亮黄旗，"
                    + "并约谈负责人。\r\n截至2月20日，返岗率达98%，各门店全面复工复产。\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(run("import", temp.resolve("crlf").toString(), "--library", library()).status()).isZero();
        return library();
    }

    private String canonicalText(String library) throws IOException {
        return JSON.readTree(run("show", "1", "--json", "--library", library).out()).get("text").asText();
    }

    private static void assertRefused(CliRun run, String message) {
        assertThat(run.status()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).startsWith("flagmark: ").doesNotContain("\n").contains(message);
        assertThat(run.out()).isEmpty();
    }

    private CliRun run(String... args) {
        return CliRun.of(desktopLaunches::add, args);
    }

}
