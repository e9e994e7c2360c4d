package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV exports of a real library: what a spreadsheet or R reads back. */
class CsvExportTest {

    @TempDir
    Path temp;

    private Library library;
    private Codebook codebook;
    private long articleId;

    @BeforeEach
    void codeTwoPassages() {
        library = Library.open(temp.resolve("library.sqlite"));
        new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore())
                .importPath(Path.of("seeds"), Progress.NONE);
        articleId = library.search().matchingIds("返岗率达98%").get(0);
        codebook = new Codebook(library.codebook().all());
        String text = library.articles().find(articleId).orElseThrow().article().text();
        library.annotations().create(articleId, anchor(text, "返岗率达98%"),
                List.of(code("成效/复工复产"), code("成效/就业")), "企业\"李子园\"，返岗,\n第二行",
                Map.of("value", "98", "unit", "%"), "tester");
        library.annotations().create(articleId, anchor(text, "赛马机制"), List.of(code("措施/竞赛比拼")), "", Map.of(),
                "tester");
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void writesOneRowPerAnnotationAndCodeThatExcelReadsAsUtf8() throws IOException {
        Path out = temp.resolve("annotations.csv");

        int rows = new CsvExport(library).annotations(out, ExportScope.ALL);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> records = read(out);
        assertThat(rows).isEqualTo(3);
        assertThat(records).hasSize(3);
        CSVRecord first = records.get(0);
        assertThat(first.get("code_path")).isEqualTo("成效/复工复产");
        assertThat(first.get("code_english")).isEqualTo("Return to work and production");
        assertThat(first.get("exact")).isEqualTo("返岗率达98%");
        assertThat(first.get("attr:value")).isEqualTo("98");
        assertThat(first.get("attr:unit")).isEqualTo("%");
        assertThat(first.get("note")).isEqualTo("企业\"李子园\"，返岗,\n第二行");
        assertThat(first.get("title")).isEqualTo("赢取“开门红”,冲刺“全年红”!金华全力保障用工先行");
        assertThat(first.get("date")).isEqualTo("2022-03-01T16:59:26");
        assertThat(records.get(1).get("code_path")).isEqualTo("成效/就业");
        assertThat(records.get(2).get("attr:value")).isEmpty();
    }

    @Test
    void takesOnlyTheAnnotationsOfTheChosenCodesAndThoseBelowThem() throws IOException {
        Path out = temp.resolve("measures.csv");

        new CsvExport(library).annotations(out, ExportScope.codes(List.of(code("措施"))));

        assertThat(read(out)).extracting(record -> record.get("exact")).containsExactly("赛马机制");
    }

    @Test
    void listsArticlesWithTheirAnnotationCountsAndTheCodebook() throws IOException {
        Path articles = temp.resolve("articles.csv");
        Path codes = temp.resolve("codebook.csv");

        new CsvExport(library).articles(articles, ExportScope.of(Optional.of("返岗率"), List.of()));
        new CsvExport(library).codebook(codes);

        assertThat(read(articles)).anySatisfy(record -> {
            assertThat(record.get("article_id")).isEqualTo(String.valueOf(articleId));
            assertThat(record.get("annotations")).isEqualTo("2");
        });
        List<CSVRecord> codebookRows = read(codes);
        assertThat(codebookRows).extracting(record -> record.get("path")).contains("措施/亮旗评比", "成效/投资");
        assertThat(codebookRows).filteredOn(record -> record.get("path").equals("成效")).singleElement()
                .satisfies(record -> assertThat(record.get("attributes")).contains("value:number", "unit:text[%|亿元"));
    }

    private long code(String path) {
        return codebook.resolve(path).orElseThrow().id();
    }

    private static Anchor anchor(String text, String quote) {
        int start = text.codePointCount(0, text.indexOf(quote));
        return Anchors.of(text, start, start + quote.codePointCount(0, quote.length()));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (Reader reader = new StringReader(content)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
