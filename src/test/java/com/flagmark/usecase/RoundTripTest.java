package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.export.ExportScope;
import com.flagmark.export.QdaSchemas;
import com.flagmark.export.RefiQda;
import com.flagmark.export.RefiQdaExport;
import com.flagmark.library.Library;
import com.flagmark.model.Article;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export, import into a fresh library, export again: the same annotations, codes, notes,
 * attributes and articles, ids and times aside. (JSON's round trip is in {@link AnnotationImportTest}.)
 */
class RoundTripTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path project;
    private static Path codebook;

    @BeforeAll
    static void exportACodedLibrary() {
        Path files = CodedLibrary.articleFiles(shared.resolve("articles"));
        project = shared.resolve("coded.qdpx");
        codebook = shared.resolve("coded.qdc");
        try (Library library = CodedLibrary.coded(shared.resolve("coded.sqlite"), files)) {
            new RefiQdaExport(library).project(project, ExportScope.ALL, Progress.NONE);
            new RefiQdaExport(library).codebook(codebook);
        }
    }

    @Test
    void aProjectIntoAnEmptyLibraryBringsBackEveryArticleAnnotationAndCode() throws Exception {
        try (Library original = Library.open(shared.resolve("coded.sqlite"));
                Library fresh = Library.open(temp.resolve("fresh.sqlite"))) {
            AnnotationImportReport report = new AnnotationImport(fresh).run(project, Progress.NONE);

            assertThat(report.unmatched()).isEmpty();
            assertThat(report.articlesAdded()).isEqualTo(original.articles().count());
            assertThat(report.added()).isEqualTo(4);
            assertThat(CodedLibrary.annotations(fresh)).isEqualTo(CodedLibrary.annotations(original));
            assertThat(CodedLibrary.codes(fresh)).isEqualTo(CodedLibrary.codes(original));
            assertThat(articles(fresh)).isEqualTo(articles(original));
            Path again = temp.resolve("again.qdpx");
            new RefiQdaExport(fresh).project(again, ExportScope.ALL, Progress.NONE);
            assertThat(entries(again)).isEqualTo(entries(project));
            QdaSchemas.checkProject(zipEntry(again, RefiQda.PROJECT_ENTRY));
        }
    }

    @Test
    void aProjectImportedTwiceAddsNothingTheSecondTime() {
        try (Library fresh = Library.open(temp.resolve("fresh.sqlite"))) {
            new AnnotationImport(fresh).run(project, Progress.NONE);
            int articles = fresh.articles().count();

            AnnotationImportReport second = new AnnotationImport(fresh).run(project, Progress.NONE);

            assertThat(second.articlesAdded()).isZero();
            assertThat(second.added()).isZero();
            assertThat(second.alreadyPresent()).isEqualTo(4);
            assertThat(second.codesAdded()).isZero();
            assertThat(fresh.articles().count()).isEqualTo(articles);
        }
    }

    @Test
    void aCodebookIntoAnEmptyLibraryBringsBackEveryCodeWithItsDetails() throws IOException {
        try (Library original = Library.open(shared.resolve("coded.sqlite"));
                Library fresh = Library.open(temp.resolve("fresh.sqlite"))) {
            AnnotationImportReport report = new AnnotationImport(fresh).run(codebook, Progress.NONE);

            assertThat(report.codesAdded()).isEqualTo(1);
            assertThat(CodedLibrary.codes(fresh)).isEqualTo(CodedLibrary.codes(original));
            Path again = temp.resolve("again.qdc");
            new RefiQdaExport(fresh).codebook(again);
            assertThat(withoutGuids(Files.readString(again))).isEqualTo(withoutGuids(Files.readString(codebook)));
        }
    }

    @Test
    void twoAnnotationsOfOneSpanComeBackAsTwo() {
        Path files = CodedLibrary.articleFiles(temp.resolve("articles"));
        Path twice = temp.resolve("twice.qdpx");
        try (Library original = CodedLibrary.coded(temp.resolve("twice.sqlite"), files);
                Library fresh = Library.open(temp.resolve("fresh.sqlite"))) {
            long article = CodedLibrary.articleHolding(original, "𠮷野家项目现场");
            CodedLibrary.annotate(original, article, "亮黄旗", List.of("措施/约谈问责"), "另一条", Map.of());
            new RefiQdaExport(original).project(twice, ExportScope.ALL, Progress.NONE);

            AnnotationImportReport report = new AnnotationImport(fresh).run(twice, Progress.NONE);

            assertThat(report.added()).isEqualTo(5);
            assertThat(CodedLibrary.annotations(fresh)).isEqualTo(CodedLibrary.annotations(original));
        }
    }

    @Test
    void theSameLibraryExportsTheSameBytesAndAnotherLibraryOtherGuids() throws IOException {
        Path first = temp.resolve("first.qdpx");
        Path second = temp.resolve("second.qdpx");
        Path elsewhere = temp.resolve("elsewhere.qdpx");
        try (Library original = Library.open(shared.resolve("coded.sqlite"));
                Library fresh = Library.open(temp.resolve("fresh.sqlite"))) {
            new RefiQdaExport(original).project(first, ExportScope.ALL, Progress.NONE);
            new RefiQdaExport(original).project(second, ExportScope.ALL, Progress.NONE);
            new AnnotationImport(fresh).run(project, Progress.NONE);
            new RefiQdaExport(fresh).project(elsewhere, ExportScope.ALL, Progress.NONE);
        }

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(guids(elsewhere)).doesNotContainAnyElementsOf(guids(first));
    }

    /** Every article by fingerprint. */
    private static Map<String, Article> articles(Library library) {
        Map<String, Article> articles = new TreeMap<>();
        library.articles().list().forEach(summary -> {
            Article article = library.articles().find(summary.id()).orElseThrow().article();
            articles.put(Fingerprint.of(article), article);
        });
        return articles;
    }

    private static String withoutGuids(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "GUID");
    }

    private static Set<String> guids(Path qdpx) throws IOException {
        Matcher guid = Pattern.compile("guid=\"([^\"]*)\"").matcher(new String(zipEntry(qdpx, RefiQda.PROJECT_ENTRY),
                StandardCharsets.UTF_8));
        Set<String> guids = new HashSet<>();
        while (guid.find()) {
            guids.add(guid.group(1));
        }
        return guids;
    }

    private static byte[] zipEntry(Path qdpx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    /**
     * The archive's entries, name and text, with GUIDs (which come from each library's identity),
     * times and the library's name made alike.
     */
    private static List<String> entries(Path qdpx) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(qdpx)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add((entry.getName() + "\n" + new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                        .replaceAll("DateTime=\"[^\"]*\"", "DateTime=\"…\"")
                        .transform(RoundTripTest::withoutGuids)
                        .replaceAll("name=\"Flagmark: [^\"]*\"", "name=\"Flagmark\""));
            }
        }
        entries.sort(null);
        return entries;
    }
}
