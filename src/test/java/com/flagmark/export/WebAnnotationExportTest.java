package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Article;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The W3C Web Annotation export: what another annotation tool reads. */
class WebAnnotationExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void writesACollectionWhoseSelectorsCountCodePointsAndNameTheArticleByItsHash() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "𠮷野家项目开工\n\n2023-02-14 09:00 某某日报\n\n𠮷野家项目现场，对后进的亮黄旗，市领导进行约谈。\n",
                StandardCharsets.UTF_8);
        Path out = temp.resolve("annotations.jsonld");
        try (Library library = Library.open(temp.resolve("library.sqlite"))) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore()).importPath(folder, Progress.NONE);
            long id = library.articles().list().get(0).id();
            Article article = library.articles().find(id).orElseThrow().article();
            Codebook codebook = new Codebook(library.codebook().all());
            int start = article.text().codePointCount(0, article.text().indexOf("约谈"));
            library.annotations().create(id, Anchors.of(article.text(), start, start + 2),
                    List.of(codebook.resolve("措施/约谈问责").orElseThrow().id()), "市领导约谈", Map.of("rated", "后进单位"),
                    "tester");

            int written = new WebAnnotationExport(library).write(out, ExportScope.ALL);

            JsonNode collection = JSON.readTree(out.toFile());
            assertThat(written).isEqualTo(1);
            assertThat(collection.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
            assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
            JsonNode annotation = collection.get("first").get("items").get(0);
            assertThat(annotation.get("body").get(0).get("purpose").asText()).isEqualTo("tagging");
            assertThat(annotation.get("body").get(0).get("value").asText()).isEqualTo("措施/约谈问责");
            assertThat(annotation.get("body").get(1).get("purpose").asText()).isEqualTo("commenting");
            assertThat(annotation.get("body").get(1).get("value").asText()).isEqualTo("市领导约谈");
            JsonNode target = annotation.get("target");
            assertThat(target.get("source").asText()).isEqualTo(WebAnnotationExport.ARTICLE_URN + Fingerprint.of(article));
            assertThat(target.get("selector").get(0).get("start").asInt()).isEqualTo(start);
            assertThat(target.get("selector").get(0).get("end").asInt()).isEqualTo(start + 2);
            assertThat(target.get("selector").get(1).get("exact").asText()).isEqualTo("约谈");
            assertThat(target.get("selector").get(1).get("prefix").asText()).endsWith("市领导进行");
            assertThat(annotation.get("flagmark:attributes").get("rated").asText()).isEqualTo("后进单位");
        }
    }
}
