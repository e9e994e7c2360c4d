package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.export.ImportLimits;
import com.flagmark.export.RefusedFile;
import com.flagmark.export.Unmatched;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFI-QDA projects and codebooks from other tools, and hostile files that must change nothing. */
class QdpxImportTest {

    private static final String SOURCE_GUID = "0b8d7f3e-1c2a-4e5f-9a6b-7c8d9e0f1a2b";
    /** An interview as another tool keeps it: CRLF line ends and blank lines between paragraphs. */
    private static final String INTERVIEW = "访谈记录\r\n\r\n问：项目进展如何？\r\n\r\n答：我们亮了红旗，后进的被约谈了。\r\n";

    @TempDir
    Path temp;

    @Test
    void anotherToolsProjectBringsItsTextsAsArticlesAndItsCodesByPath() throws IOException {
        int flagged = INTERVIEW.codePointCount(0, INTERVIEW.indexOf("亮了红旗"));
        int interviewed = INTERVIEW.codePointCount(0, INTERVIEW.indexOf("被约谈"));
        Path file = qdpx(Map.of("project.qde", project("""
                <Selection guid="5a1b2c3d-0000-4000-8000-000000000001" name="flag" startPosition="%d" endPosition="%d"
                    creatingUser="9f9f9f9f-0000-4000-8000-000000000009">
                  <Coding guid="5a1b2c3d-0000-4000-8000-000000000011"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000002"/></Coding>
                  <NoteRef targetGUID="4e4e4e4e-0000-4000-8000-000000000001"/>
                </Selection>
                <Selection guid="5a1b2c3d-0000-4000-8000-000000000002" startPosition="%d" endPosition="%d">
                  <Coding guid="5a1b2c3d-0000-4000-8000-000000000012"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000003"/></Coding>
                </Selection>
                """.formatted(flagged, flagged + 4, interviewed, interviewed + 3)),
                "Sources/" + SOURCE_GUID + ".txt", INTERVIEW));
        try (Library library = Library.open(temp.resolve("library.sqlite"))) {
            AnnotationImportReport report = new AnnotationImport(library).run(file, Progress.NONE);

            assertThat(report.format()).isEqualTo("REFI-QDA project");
            assertThat(report.articlesAdded()).isEqualTo(1);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.codesAdded()).isEqualTo(3);
            assertThat(report.unmatched()).extracting(Unmatched::article).containsExactly("封面.pdf");
            Article article = library.articles().find(library.articles().list().get(0).id()).orElseThrow().article();
            assertThat(article.title()).contains("受访者甲");
            assertThat(article.text()).isEqualTo("访谈记录\n问：项目进展如何？\n答：我们亮了红旗，后进的被约谈了。");
            List<Annotation> annotations = library.annotations().all();
            assertThat(annotations).extracting(annotation -> annotation.anchor().exact())
                    .containsExactly("亮了红旗", "被约谈");
            assertThat(annotations.get(0).note()).isEqualTo("红旗是好的一面");
            assertThat(annotations.get(0).coder()).isEqualTo("Zhang");
            assertThat(CodedLibrary.codes(library)).anySatisfy(code -> assertThat(code)
                    .startsWith("访谈主题 | ").contains("| #AA0000 |").contains("| false |"))
                    .anySatisfy(code -> assertThat(code).startsWith("访谈主题/红旗／黄旗 | ").contains("| true |"));
        }
    }

    @Test
    void positionsThatAreNoNumbersOrHoldNoTextAreReportedWithWhy() throws IOException {
        int flagged = INTERVIEW.codePointCount(0, INTERVIEW.indexOf("亮了红旗"));
        Path file = qdpx(Map.of("project.qde", project("""
                <Selection guid="5a1b2c3d-0000-4000-8000-000000000001" name="flag" startPosition="%d" endPosition="%d">
                  <Coding guid="5a1b2c3d-0000-4000-8000-000000000011"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000002"/></Coding>
                </Selection>
                <Selection guid="5a1b2c3d-0000-4000-8000-000000000002" name="words" startPosition="三" endPosition="5.5">
                  <Coding guid="5a1b2c3d-0000-4000-8000-000000000012"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000003"/></Coding>
                </Selection>
                <Selection guid="5a1b2c3d-0000-4000-8000-000000000003" name="beyond" startPosition="500" endPosition="510">
                  <Coding guid="5a1b2c3d-0000-4000-8000-000000000013"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000003"/></Coding>
                </Selection>
                """.formatted(flagged, flagged + 4)), "sources/" + SOURCE_GUID + ".txt", INTERVIEW));
        try (Library library = Library.open(temp.resolve("library.sqlite"))) {
            AnnotationImportReport report = new AnnotationImport(library).run(file, Progress.NONE);

            assertThat(report.added()).isEqualTo(1);
            assertThat(report.unmatched()).extracting(Unmatched::reason).contains(
                    "Not imported: its positions '三'–'5.5' are not whole numbers.",
                    "Not imported: its positions 500–510 hold no text of the source.");
        }
    }

    @Test
    void aProjectInTheWrongNamespaceIsRefused() throws IOException {
        Path file = qdpx(Map.of("project.qde", project("").replace("urn:QDA-XML:project:1.0", "urn:QDA-XML:project:0.9")));

        assertRefusedWithoutChange(file, "not urn:QDA-XML:project:1.0");
    }

    @Test
    void aZipWithAPathOutOfTheArchiveIsRefused() throws IOException {
        Path file = qdpx(Map.of("project.qde", project(""), "sources/../../evil.txt", "x"));

        assertRefusedWithoutChange(file, "unsafe path (sources/../../evil.txt)");
    }

    @Test
    void aZipThatUnpacksToMoreThanItsLimitIsRefused() throws IOException {
        Path file = qdpx(Map.of("project.qde", project(""), "sources/" + SOURCE_GUID + ".txt", "旗".repeat(4000)));

        assertRefusedWithoutChange(file, limits(10_000, 10, 100), "unpacks to more than 10000 bytes");
        assertRefusedWithoutChange(file, limits(1_000_000, 1, 100), "more than 1 files");
    }

    @Test
    void aProjectFileOfWhiteSpaceBeyondTheLimitIsRefusedWhileItIsRead() throws IOException {
        Path file = qdpx(Map.of("project.qde", project("").replace("<Sources>", "<Sources>" + " ".repeat(50_000))));

        assertRefusedWithoutChange(file, limits(20_000, 10, 100), "unpacks to more than 20000 bytes");
    }

    @Test
    void malformedXmlAndDocumentTypesAreRefused() throws IOException {
        Path broken = qdpx(Map.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\"><Sources>"));
        Path entities = temp.resolve("entities.qdc");
        Files.writeString(entities, "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"a\" name=\"&x;\" isCodable=\"true\"/>"
                + "</Codes></CodeBook>");
        Path noProject = qdpx(Map.of("sources/a.txt", "text"));

        assertRefusedWithoutChange(broken, "not well-formed XML");
        assertRefusedWithoutChange(entities, "declares a document type");
        assertRefusedWithoutChange(noProject, "holds no project.qde");
    }

    @Test
    void aCodebookFromAnotherToolMergesByPathAndKeepsWhatTheLibraryHas() throws IOException {
        Path file = temp.resolve("codes.qdc");
        Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another Tool">
                  <Codes>
                    <Code guid="c0de0000-0000-4000-8000-000000000001" name="措施" isCodable="false" color="#000000">
                      <Code guid="c0de0000-0000-4000-8000-000000000002" name="挂图作战" isCodable="true" color="#00aa00">
                        <Description>Wall charts.</Description>
                      </Code>
                    </Code>
                  </Codes>
                </CodeBook>
                """, StandardCharsets.UTF_8);
        try (Library library = Library.open(temp.resolve("library.sqlite"))) {
            List<String> before = CodedLibrary.codes(library);

            AnnotationImportReport report = new AnnotationImport(library).run(file, Progress.NONE);

            assertThat(report.format()).isEqualTo("REFI-QDA codebook");
            assertThat(report.codesAdded()).isEqualTo(1);
            List<String> after = CodedLibrary.codes(library);
            assertThat(after).containsAll(before).contains("措施/挂图作战 |  | #00AA00 | - | Wall charts. | true | [] | []");
            assertThat(new AnnotationImport(library).run(file, Progress.NONE).codesAdded()).isZero();
        }
    }

    private void assertRefusedWithoutChange(Path file, String message) {
        assertRefusedWithoutChange(file, ImportLimits.DEFAULT, message);
    }

    private void assertRefusedWithoutChange(Path file, ImportLimits limits, String message) {
        try (Library library = Library.open(temp.resolve("refusing.sqlite"))) {
            List<String> codes = CodedLibrary.codes(library);

            assertThatThrownBy(() -> new AnnotationImport(library, limits).run(file, Progress.NONE))
                    .isInstanceOf(RefusedFile.class).hasMessageContaining(message)
                    .hasMessageContaining("nothing was imported");
            assertThat(CodedLibrary.codes(library)).isEqualTo(codes);
            assertThat(library.articles().count()).isZero();
        }
    }

    /** The default limits, but for the unpacked bytes, the entries and the depth of codes. */
    static ImportLimits limits(long unpacked, int entries, int codeDepth) {
        ImportLimits limits = ImportLimits.DEFAULT;
        return new ImportLimits(limits.mostFileBytes(), unpacked, entries, codeDepth, limits.mostTextLength(),
                limits.mostNameLength(), limits.mostNoteLength());
    }

    /** A project as another tool writes it, with the given selections in its one text source. */
    private static String project(String selections) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="Another Tool">
                  <Users><User guid="9f9f9f9f-0000-4000-8000-000000000009" name="Zhang"/></Users>
                  <CodeBook><Codes>
                    <Code guid="c0de0000-0000-4000-8000-000000000001" name="访谈主题" isCodable="false" color="#aa0000">
                      <Code guid="c0de0000-0000-4000-8000-000000000002" name="红旗/黄旗" isCodable="true"/>
                      <Code guid="c0de0000-0000-4000-8000-000000000003" name="约谈" isCodable="true" color="#0000AA"/>
                    </Code>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="%s" name="受访者甲" plainTextPath="internal://%s.txt">
                %s
                    </TextSource>
                    <PDFSource guid="0b8d7f3e-1c2a-4e5f-9a6b-7c8d9e0f1a2c" name="封面.pdf" path="internal://cover.pdf"/>
                  </Sources>
                  <Notes>
                    <Note guid="4e4e4e4e-0000-4000-8000-000000000001" name="memo"><PlainTextContent>红旗是好的一面</PlainTextContent></Note>
                  </Notes>
                </Project>
                """.formatted(SOURCE_GUID, SOURCE_GUID, selections.replace("<Selection", "<PlainTextSelection")
                        .replace("</Selection>", "</PlainTextSelection>"));
    }

    private Path qdpx(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : new LinkedHashMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path file = Files.createTempFile(temp, "project", ".qdpx");
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
