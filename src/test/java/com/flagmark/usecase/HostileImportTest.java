package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.export.ImportLimits;
import com.flagmark.export.RefusedFile;
import com.flagmark.library.Library;
import com.flagmark.model.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files, each refused with a one-line message and the library left as it was: codebooks
 * nested too deep, code names that cannot be names, texts and notes past their limits, zips
 * with an entry twice or cut short, entity tricks. Small limits stand in where the real ones
 * would be slow.
 */
class HostileImportTest {

    private static final String CODEBOOK = "urn:QDA-XML:codebook:1.0";

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path coded;
    private Library library;

    @BeforeAll
    static void codeALibrary() {
        coded = shared.resolve("coded.sqlite");
        CodedLibrary.coded(coded, CodedLibrary.articleFiles(shared.resolve("articles"))).close();
    }

    @BeforeEach
    void openACopyOfTheCodedLibrary() throws IOException {
        library = Library.open(Files.copy(coded, temp.resolve("library.sqlite")));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aCodebookNestedTwoThousandLevelsDeepIsRefused() throws IOException {
        assertRefused(codebook(nested(2_000)), ImportLimits.DEFAULT, "holds codes nested more than 100 levels deep");
    }

    @Test
    void aCodebookNestedAHundredThousandLevelsDeepIsRefused() throws IOException {
        assertRefused(codebook(nested(100_000)), ImportLimits.DEFAULT, "holds codes nested more than 100 levels deep");
    }

    @Test
    void elementsNestedPastTheLimitAnywhereAreRefused() throws IOException {
        String deep = "<Description>" + "<x>".repeat(200) + "</x>".repeat(200) + "</Description>";
        Path file = codebook("<Code guid=\"c0de0000-0000-4000-8000-000000000001\" name=\"a\" isCodable=\"true\">" + deep
                + "</Code>");

        assertRefused(file, ImportLimits.DEFAULT, "nests its elements more than 110 levels deep");
    }

    @Test
    void aCodeNamedDotDotIsRefused() throws IOException {
        assertRefused(codebook(code("..")), ImportLimits.DEFAULT, "a code named '..'");
    }

    @Test
    void aCodeNameOfAHundredThousandCharactersIsRefused() throws IOException {
        assertRefused(codebook(code("旗".repeat(100_000))), ImportLimits.DEFAULT, "longer than 200 characters");
    }

    @Test
    void aCodeNameWithANulIsRefused() throws IOException {
        Path file = json(annotation("措施/亮\\u0000旗", "市领导进行约谈", ""));

        assertRefused(file, ImportLimits.DEFAULT, "a code whose name holds control characters");
    }

    @Test
    void aJsonStringLongerThanTheLimitIsRefusedForWhatItIs() throws IOException {
        Path file = json(annotation("措施/约谈问责", "市领导进行约谈", "旗".repeat(5_000)));

        assertRefused(file, limits(1_000, 50_000_000), "holds a text longer than 1000 characters");
    }

    @Test
    void jsonNestedPastTheLimitIsRefused() throws IOException {
        Path file = json(annotation("措施/约谈问责", "市领导进行约谈", "").replace("\"type\": \"Annotation\"",
                "\"type\": \"Annotation\", \"deep\": " + "[".repeat(5_000) + "]".repeat(5_000)));

        assertRefused(file, ImportLimits.DEFAULT, "nests deeper than 110 levels");
    }

    @Test
    void anXmlTextLongerThanTheLimitIsRefused() throws IOException {
        Path file = codebook("<Code guid=\"c0de0000-0000-4000-8000-000000000001\" name=\"a\" isCodable=\"true\"><Description>"
                + "旗".repeat(5_000) + "</Description></Code>");

        assertRefused(file, limits(1_000, 50_000_000), "text longer than 1000 characters");
    }

    @Test
    void notesPastTheirLimitTogetherAreRefused() throws IOException {
        String notes = "<Notes>" + ("<Note guid=\"a0a00000-0000-4000-8000-000000000001\"><PlainTextContent>" + "记".repeat(400)
                + "</PlainTextContent></Note>").repeat(3) + "</Notes>";
        Path file = qdpx(List.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">" + notes
                + "</Project>"));

        assertRefused(file, limits(1_000, 1_000), "more than 1000 characters of notes");
    }

    @Test
    void aZipHoldingAnEntryTwiceIsRefused() throws IOException {
        Path file = qdpx(List.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>",
                "sources/a.txt", "一", "sources/b.txt", "二"));
        byte[] bytes = Files.readAllBytes(file);
        replaceAll(bytes, "sources/b.txt", "sources/a.txt");
        Files.write(file, bytes);

        assertRefused(file, ImportLimits.DEFAULT, "holds sources/a.txt twice");
    }

    @Test
    void aZipCutShortIsRefused() throws IOException {
        Path whole = qdpx(List.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>"));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(temp.resolve("cut.qdpx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(file, ImportLimits.DEFAULT, "not a readable zip archive");
    }

    @Test
    void billionLaughsAreRefusedBeforeAnyEntityIsExpanded() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = qdpx(List.of("project.qde", "<?xml version=\"1.0\"?><!DOCTYPE Project [" + entities + "]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol9;\"/>"));

        assertRefused(file, ImportLimits.DEFAULT, "declares a document type");
    }

    @Test
    void aFileOfNothingButWhiteSpaceIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("blank.json"), " \n\t ".repeat(1_000));

        assertRefused(file, ImportLimits.DEFAULT, "is empty");
    }

    private void assertRefused(Path file, ImportLimits limits, String message) {
        List<String> annotations = CodedLibrary.annotations(library);
        List<String> codes = CodedLibrary.codes(library);
        int articles = library.articles().count();

        assertThatThrownBy(() -> new AnnotationImport(library, limits).run(file, Progress.NONE))
                .isInstanceOf(RefusedFile.class).hasMessageContaining(message)
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("\n"));
        assertThat(CodedLibrary.annotations(library)).isEqualTo(annotations);
        assertThat(CodedLibrary.codes(library)).isEqualTo(codes);
        assertThat(library.articles().count()).isEqualTo(articles);
    }

    /** The default limits, but for the longest text and the notes together. */
    private static ImportLimits limits(int text, long notes) {
        ImportLimits limits = ImportLimits.DEFAULT;
        return new ImportLimits(limits.mostFileBytes(), limits.mostUnpackedBytes(), limits.mostEntries(),
                limits.mostCodeDepth(), text, limits.mostNameLength(), notes);
    }

    private static String nested(int depth) {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            codes.append("<Code guid=\"c0de0000-0000-4000-8000-").append(String.format("%012d", i))
                    .append("\" name=\"层").append(i).append("\" isCodable=\"true\">");
        }
        return codes + "</Code>".repeat(depth);
    }

    private static String code(String name) {
        return "<Code guid=\"c0de0000-0000-4000-8000-000000000001\" name=\"" + name + "\" isCodable=\"true\"/>";
    }

    private Path codebook(String codes) throws IOException {
        return Files.writeString(temp.resolve("codes.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\""
                + CODEBOOK + "\"><Codes>" + codes + "</Codes></CodeBook>", StandardCharsets.UTF_8);
    }

    private static String annotation(String code, String quote, String note) {
        return """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                 "body": [{"type": "TextualBody", "purpose": "tagging", "value": "%s"},
                          {"type": "TextualBody", "purpose": "commenting", "value": "%s"}],
                 "target": {"source": "urn:x", "selector": [{"type": "TextQuoteSelector", "exact": "%s"}]}}
                """.formatted(code, note, quote);
    }

    private Path json(String text) throws IOException {
        return Files.writeString(temp.resolve("annotations.json"), text, StandardCharsets.UTF_8);
    }

    /** A zip of name and content pairs. */
    private Path qdpx(List<String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.size(); i += 2) {
                zip.putNextEntry(new ZipEntry(entries.get(i)));
                zip.write(entries.get(i + 1).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Files.write(temp.resolve("project.qdpx"), bytes.toByteArray());
    }

    /** Rewrites every occurrence of an ASCII name in the bytes, as a zip's two directories hold it. */
    private static void replaceAll(byte[] bytes, String name, String replacement) {
        byte[] from = name.getBytes(StandardCharsets.US_ASCII);
        byte[] to = replacement.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
            }
        }
    }
}
