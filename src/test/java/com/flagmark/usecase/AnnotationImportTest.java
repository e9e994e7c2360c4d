package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.export.Cancelled;
import com.flagmark.export.ExportScope;
import com.flagmark.export.RefusedFile;
import com.flagmark.export.Unmatched;
import com.flagmark.export.WebAnnotationExport;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations back from W3C Web Annotation JSON: matched, re-anchored, reported, never twice. */
class AnnotationImportTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path files;
    private static Path exported;
    private static List<String> original;

    @BeforeAll
    static void exportACodedLibrary() {
        files = CodedLibrary.articleFiles(shared.resolve("articles"));
        exported = shared.resolve("annotations.json");
        try (Library library = CodedLibrary.coded(shared.resolve("coded.sqlite"), files)) {
            new WebAnnotationExport(library).write(exported, ExportScope.ALL);
            original = CodedLibrary.annotations(library);
        }
    }

    @Test
    void roundTripThroughJsonGivesTheSameAnnotationsAndTheSameFile() throws IOException {
        try (Library fresh = CodedLibrary.withArticles(temp.resolve("fresh.sqlite"), files)) {
            AnnotationImportReport report = new AnnotationImport(fresh).run(exported, Progress.NONE);

            assertThat(report.read()).isEqualTo(4);
            assertThat(report.added()).isEqualTo(4);
            assertThat(report.unmatched()).isEmpty();
            assertThat(report.codesAdded()).isEqualTo(1);
            assertThat(CodedLibrary.annotations(fresh)).isEqualTo(original);
            Path again = temp.resolve("again.json");
            new WebAnnotationExport(fresh).write(again, ExportScope.ALL);
            assertThat(withoutIdsAndTimes(again)).isEqualTo(withoutIdsAndTimes(exported));
        }
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        try (Library fresh = CodedLibrary.withArticles(temp.resolve("fresh.sqlite"), files)) {
            new AnnotationImport(fresh).run(exported, Progress.NONE);
            int codes = fresh.codebook().all().size();

            AnnotationImportReport second = new AnnotationImport(fresh).run(exported, Progress.NONE);

            assertThat(second.added()).isZero();
            assertThat(second.alreadyPresent()).isEqualTo(4);
            assertThat(second.codesAdded()).isZero();
            assertThat(fresh.annotations().all()).hasSize(4);
            assertThat(fresh.codebook().all()).hasSize(codes);
        }
    }

    @Test
    void annotationsOfAnArticleWhoseTextMovedAreFoundByTheirQuoteAndContext() throws IOException {
        Path moved = CodedLibrary.articleFiles(temp.resolve("moved"));
        Files.writeString(moved.resolve("short.txt"), CodedLibrary.SHORT.replace("𠮷野家项目现场，",
                "据悉，春节后第一周，𠮷野家项目现场，"), StandardCharsets.UTF_8);
        try (Library library = CodedLibrary.withArticles(temp.resolve("moved.sqlite"), moved)) {
            AnnotationImportReport report = new AnnotationImport(library).run(exported, Progress.NONE);

            assertThat(report.added()).isEqualTo(4);
            assertThat(report.reanchored()).isEqualTo(2);
            long article = CodedLibrary.articleHolding(library, "春节后第一周，𠮷野家");
            String text = library.articles().find(article).orElseThrow().article().text();
            for (Annotation annotation : library.annotations().of(article)) {
                int start = text.offsetByCodePoints(0, annotation.anchor().start());
                assertThat(text.substring(start)).startsWith(annotation.anchor().exact());
            }
            assertThat(library.annotations().of(article)).extracting(annotation -> annotation.anchor().exact())
                    .containsExactly("亮黄旗", "市领导进行约谈");
        }
    }

    @Test
    void annotationsWhoseArticleIsMissingAreReportedOneByOne() {
        try (Library empty = Library.open(temp.resolve("empty.sqlite"))) {
            AnnotationImportReport report = new AnnotationImport(empty).run(exported, Progress.NONE);

            assertThat(report.added()).isZero();
            assertThat(report.unmatched()).hasSize(4);
            assertThat(report.unmatched()).extracting(Unmatched::quote).contains("亮黄旗", "返岗率");
            assertThat(report.unmatched()).extracting(Unmatched::article).contains("𠮷野家项目开工");
            assertThat(report.unmatched()).allSatisfy(unmatched ->
                    assertThat(unmatched.reason()).contains("No article in the library holds this passage"));
            assertThat(empty.annotations().all()).isEmpty();
        }
    }

    @Test
    void anAnnotationFromAnotherToolWithoutAHashIsMatchedByItsQuote() throws IOException {
        Path file = temp.resolve("other-tool.jsonld");
        Files.writeString(file, """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                 "body": [{"type": "TextualBody", "purpose": "tagging", "value": "措施/约谈问责"},
                          {"type": "TextualBody", "purpose": "tagging", "value": "自定/新代码"}],
                 "creator": "李研究员",
                 "target": {"source": "https://example.org/elsewhere",
                            "selector": {"type": "TextQuoteSelector", "exact": "市领导进行约谈",
                                         "prefix": "对后进的亮黄旗，", "suffix": "。"}}}
                """, StandardCharsets.UTF_8);
        try (Library library = CodedLibrary.withArticles(temp.resolve("library.sqlite"), files)) {
            AnnotationImportReport report = new AnnotationImport(library).run(file, Progress.NONE);

            assertThat(report.added()).isEqualTo(1);
            assertThat(report.reanchored()).isZero();
            assertThat(report.codesAdded()).isEqualTo(2);
            Annotation annotation = library.annotations().all().get(0);
            assertThat(annotation.anchor().exact()).isEqualTo("市领导进行约谈");
            assertThat(annotation.coder()).isEqualTo("李研究员");
            assertThat(annotation.articleId()).isEqualTo(CodedLibrary.articleHolding(library, "𠮷野家项目现场"));
            assertThat(CodedLibrary.codes(library)).anySatisfy(code -> assertThat(code).startsWith("自定 | "))
                    .anySatisfy(code -> assertThat(code).startsWith("自定/新代码 | "));
        }
    }

    @Test
    void malformedOrForeignJsonIsRefusedAndChangesNothing() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": ");
        Path foreign = temp.resolve("foreign.json");
        Files.writeString(foreign, "{\"name\": \"not annotations\"}");
        Path linked = temp.resolve("linked.json");
        Files.writeString(linked, "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\","
                + " \"first\": \"https://example.org/page1\"}");
        try (Library library = CodedLibrary.withArticles(temp.resolve("library.sqlite"), files)) {
            int codes = library.codebook().all().size();
            AnnotationImport importer = new AnnotationImport(library);

            assertThatThrownBy(() -> importer.run(broken, Progress.NONE)).isInstanceOf(RefusedFile.class)
                    .hasMessageContaining("is not valid JSON at line 1");
            assertThatThrownBy(() -> importer.run(foreign, Progress.NONE)).isInstanceOf(RefusedFile.class)
                    .hasMessageContaining("not a W3C Web Annotation file");
            assertThatThrownBy(() -> importer.run(linked, Progress.NONE)).isInstanceOf(RefusedFile.class)
                    .hasMessageContaining("only by a link");
            assertThatThrownBy(() -> importer.run(temp.resolve("missing.json"), Progress.NONE))
                    .isInstanceOf(RefusedFile.class).hasMessageContaining("There is no file");
            assertThat(library.annotations().all()).isEmpty();
            assertThat(library.codebook().all()).hasSize(codes);
        }
    }

    @Test
    void positionsThatAreNoOffsetsInTheTextAreFoundByQuoteAndCountedAsMoved() throws IOException {
        Path file = temp.resolve("offsets.json");
        Files.writeString(file, "[" + quoted("措施/约谈问责", "市领导进行约谈", "\"start\": 99999, \"end\": 100006", "")
                + ", " + quoted("措施/亮旗评比", "亮黄旗", "\"start\": 1.5, \"end\": 4.5", "") + "]", StandardCharsets.UTF_8);
        try (Library library = CodedLibrary.withArticles(temp.resolve("library.sqlite"), files)) {
            AnnotationImportReport report = new AnnotationImport(library).run(file, Progress.NONE);

            assertThat(report.added()).isEqualTo(2);
            assertThat(report.reanchored()).isEqualTo(2);
        }
    }

    @Test
    void anAttributeValueThatDoesNotFitItsTypeIsRefusedWithWhy() throws IOException {
        Path file = temp.resolve("attributes.json");
        Files.writeString(file, quoted("成效/复工复产", "市领导进行约谈", "\"start\": 0, \"end\": 7",
                ", \"flagmark:attributes\": {\"value\": \"很多\", \"unit\": \"%\"}"), StandardCharsets.UTF_8);
        try (Library library = CodedLibrary.withArticles(temp.resolve("library.sqlite"), files)) {
            AnnotationImportReport report = new AnnotationImport(library).run(file, Progress.NONE);

            assertThat(report.added()).isZero();
            assertThat(report.unmatched()).singleElement().satisfies(unmatched ->
                    assertThat(unmatched.reason()).isEqualTo("数值 (value) must be a number, such as 98 or 2.5, not '很多'."));
            assertThat(library.annotations().all()).isEmpty();
        }
    }

    @Test
    void theTimesTheFileGivesAreKept() throws IOException {
        Path file = temp.resolve("times.json");
        Files.writeString(file, quoted("措施/约谈问责", "市领导进行约谈", "\"start\": 0, \"end\": 7",
                ", \"created\": \"2022-02-20T08:00:00+08:00\", \"modified\": \"2022-02-21T00:00:00Z\""),
                StandardCharsets.UTF_8);
        try (Library library = CodedLibrary.withArticles(temp.resolve("library.sqlite"), files)) {
            new AnnotationImport(library).run(file, Progress.NONE);

            Annotation annotation = library.annotations().all().get(0);
            assertThat(annotation.created()).isEqualTo(Instant.parse("2022-02-20T00:00:00Z"));
            assertThat(annotation.modified()).isEqualTo(Instant.parse("2022-02-21T00:00:00Z"));
        }
    }

    /** One annotation of a passage by quote, with a position selector of the given fields and more fields of its own. */
    private static String quoted(String code, String quote, String position, String more) {
        return """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                 "body": {"type": "TextualBody", "purpose": "tagging", "value": "%s"},
                 "target": {"source": "urn:elsewhere", "selector": [{"type": "TextQuoteSelector", "exact": "%s"},
                            {"type": "TextPositionSelector", %s}]}%s}
                """.formatted(code, quote, position, more);
    }

    @Test
    void aCancelledImportStoresNothing() {
        Progress cancelled = Cancelled.PROGRESS;
        try (Library fresh = CodedLibrary.withArticles(temp.resolve("fresh.sqlite"), files)) {
            int codes = fresh.codebook().all().size();

            assertThatThrownBy(() -> new AnnotationImport(fresh).run(exported, cancelled))
                    .hasMessageContaining("Cancelled");
            assertThat(fresh.annotations().all()).isEmpty();
            assertThat(fresh.codebook().all()).hasSize(codes);
        }
    }

    private static List<String> withoutIdsAndTimes(Path json) throws IOException {
        return Files.readAllLines(json).stream()
                .filter(line -> !line.contains("\"id\"") && !line.contains("\"created\"") && !line.contains("\"modified\""))
                .toList();
    }
}
