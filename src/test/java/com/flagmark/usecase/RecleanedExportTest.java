package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.annotate.Anchors;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of a re-cleaned library that holds an orphaned annotation beside one that moved. */
class RecleanedExportTest {

    private static final String MOVED = "对连续两次亮黄旗的项目负责人进行约谈";
    private static final String ORPHAN = "这个调度会开得好";

    @TempDir
    Path folder;

    private LibrarySession session;

    @BeforeEach
    void recleanWithAnOrphan() throws IOException, SQLException {
        Path file = folder.resolve("library.sqlite");
        OlderCleanerLibrary.write(file);
        session = LibrarySession.open(file, "tester");
        long articleId = session.articles().get(0).id();
        annotate(articleId, MOVED);
        annotate(articleId, ORPHAN);
        session.reclean(RecleanScope.outdated()).run(Progress.NONE);
        assertThat(session.annotations()).extracting(annotation -> annotation.orphaned()).containsExactly(false, true);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void csvKeepsTheOrphanWithItsQuoteAndNoOffsets() throws IOException {
        Path out = export(ExportFormat.CSV, "coded.csv");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(out, StandardCharsets.UTF_8)).getRecords();
        assertThat(rows).extracting(row -> row.get("exact")).containsExactly(MOVED, ORPHAN);
        assertThat(rows.get(0).get("orphaned")).isEqualTo("false");
        assertThat(rows.get(0).get("start")).isNotEmpty();
        assertThat(rows.get(1).get("orphaned")).isEqualTo("true");
        assertThat(rows.get(1).get("start")).isEmpty();
        assertThat(rows.get(1).get("end")).isEmpty();
    }

    @Test
    void jsonSelectsTheOrphanByItsQuoteAlone() throws IOException {
        Path out = export(ExportFormat.JSON, "coded.json");

        JsonNode items = new ObjectMapper().readTree(out.toFile()).get("first").get("items");
        assertThat(items).hasSize(2);
        JsonNode orphan = items.get(1);
        assertThat(orphan.get("flagmark:orphaned").asBoolean()).isTrue();
        assertThat(orphan.get("target").get("selector")).extracting(selector -> selector.get("type").asText())
                .containsExactly("TextQuoteSelector");
        assertThat(items.get(0).get("target").get("selector")).hasSize(2);
    }

    @Test
    void qdpxLeavesTheOrphanOutAndKeepsTheMovedOne() throws IOException {
        Path out = export(ExportFormat.QDPX, "coded.qdpx");

        String project = entry(out, "project.qde");
        assertThat(project).containsOnlyOnce("<PlainTextSelection");
    }

    private Path export(ExportFormat format, String name) {
        Path out = folder.resolve(name);
        session.export(format, any -> ExportScope.ALL, out).run(Progress.NONE);
        return out;
    }

    private void annotate(long articleId, String quote) {
        String text = session.article(articleId).orElseThrow().article().text();
        int start = CanonicalText.offsetOf(text, text.indexOf(quote));
        long code = session.codebook().resolve("措施/约谈问责").orElseThrow().id();
        session.annotate(articleId, Anchors.of(text, start, start + CanonicalText.length(quote)), List.of(code), "",
                Map.of());
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name + " in " + zip);
    }
}
