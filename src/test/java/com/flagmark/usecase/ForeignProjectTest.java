package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.export.NotImported;
import com.flagmark.export.Unmatched;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project as QualCoder writes one: one selection per code (two on one span), a coding memo
 * in the selection's description, annotations as notes the source refers to with their own
 * selection of the passage, a memo of the document, a journal, a note nothing refers to, and
 * a case. Each is brought in or reported, none dropped.
 */
class ForeignProjectTest {

    private static final String TEXT = "访谈记录\r\n\r\n问：项目进展如何？\r\n\r\n答：我们亮了红旗，后进的被约谈了。\r\n";
    private static final String SOURCE = "0b8d7f3e-1c2a-4e5f-9a6b-7c8d9e0f1a2b";

    @TempDir
    Path temp;

    private Library library;
    private AnnotationImportReport report;

    @BeforeEach
    void importTheProject() throws IOException {
        library = Library.open(temp.resolve("library.sqlite"));
        report = new AnnotationImport(library).run(qdpx(project()), Progress.NONE);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void twoCodingsOfOneSpanBecomeOneAnnotationWithBothCodes() {
        List<Annotation> annotations = library.annotations().all();

        assertThat(annotations).extracting(annotation -> annotation.anchor().exact()).containsExactly("亮了红旗", "被约谈");
        assertThat(CodedLibrary.annotations(library).get(0)).contains("访谈主题/红旗／黄旗", "访谈主题/约谈");
        assertThat(report.added()).isEqualTo(2);
    }

    @Test
    void theCodingMemoAndTheAnnotationOnThePassageBecomeItsNote() {
        Annotation flag = library.annotations().all().get(0);

        assertThat(flag.note()).isEqualTo("红旗是好的一面\n\n回访时再问");
        assertThat(report.notes()).isEqualTo(2);
    }

    @Test
    void theCoderAndTimesOfTheFileAreKept() {
        Annotation flag = library.annotations().all().get(0);
        Annotation interview = library.annotations().all().get(1);

        assertThat(flag.coder()).isEqualTo("Zhang");
        assertThat(flag.created()).isEqualTo(Instant.parse("2021-05-01T10:00:00Z"));
        assertThat(flag.modified()).isEqualTo(Instant.parse("2021-05-03T09:30:00Z"));
        assertThat(interview.coder()).isEqualTo("Li");
        assertThat(interview.created()).isEqualTo(Instant.parse("2021-05-04T08:00:00Z"));
    }

    @Test
    void aNoteOnAPassageNoCodeMarksIsReportedWithItsReason() {
        assertThat(report.unmatched()).singleElement().satisfies(unmatched -> {
            assertThat(unmatched.quote()).isEqualTo("问：项目进展如何？");
            assertThat(unmatched.reason()).contains("no code marks").contains("开场问题");
        });
    }

    @Test
    void theJournalTheDocumentsMemosTheLooseNoteAndTheCaseAreEachReported() {
        assertThat(report.notImported()).extracting(NotImported::kind)
                .containsExactlyInAnyOrder("memo", "memo", "case", "journal", "note");
        assertThat(report.notImported()).filteredOn(item -> item.kind().equals("journal")).singleElement()
                .satisfies(journal -> assertThat(journal.reason()).contains("第一周日志"));
        assertThat(report.notImported()).filteredOn(item -> item.kind().equals("memo"))
                .extracting(NotImported::reason).anySatisfy(reason -> assertThat(reason).contains("受访者是项目经理"))
                .anySatisfy(reason -> assertThat(reason).contains("整体印象"));
        assertThat(report.notImported()).filteredOn(item -> item.kind().equals("note")).singleElement()
                .satisfies(note -> assertThat(note.reason()).contains("无处引用"));
        assertThat(report.read()).isEqualTo(report.added() + report.unmatched().size());
        assertThat(report.unmatched()).extracting(Unmatched::article).containsOnly("受访者甲");
    }

    private static int at(String words) {
        return TEXT.codePointCount(0, TEXT.indexOf(words));
    }

    private static String project() {
        int flag = at("亮了红旗");
        int interview = at("被约谈");
        int question = at("问：");
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="QualCoder 3.5">
                  <Users>
                    <User guid="9f9f9f9f-0000-4000-8000-000000000001" name="Zhang"/>
                    <User guid="9f9f9f9f-0000-4000-8000-000000000002" name="Li"/>
                  </Users>
                  <CodeBook><Codes>
                    <Code guid="c0de0000-0000-4000-8000-000000000001" name="访谈主题" isCodable="false">
                      <Code guid="c0de0000-0000-4000-8000-000000000002" name="红旗/黄旗" isCodable="true"/>
                      <Code guid="c0de0000-0000-4000-8000-000000000003" name="约谈" isCodable="true"/>
                    </Code>
                  </Codes></CodeBook>
                  <Cases>
                    <Case guid="ca5e0000-0000-4000-8000-000000000001" name="项目经理"/>
                  </Cases>
                  <Sources>
                    <TextSource guid="%1$s" name="受访者甲" plainTextPath="internal://%1$s.txt">
                      <Description>受访者是项目经理</Description>
                      <PlainTextSelection guid="5e1e0000-0000-4000-8000-000000000001" startPosition="%2$d" endPosition="%3$d"
                          creatingUser="9f9f9f9f-0000-4000-8000-000000000001" creationDateTime="2021-05-01T10:00:00Z"
                          modifiedDateTime="2021-05-02T11:00:00Z">
                        <Description>红旗是好的一面</Description>
                        <Coding guid="c0d10000-0000-4000-8000-000000000001"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000002"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="5e1e0000-0000-4000-8000-000000000002" startPosition="%2$d" endPosition="%3$d"
                          creatingUser="9f9f9f9f-0000-4000-8000-000000000001" creationDateTime="2021-05-03T09:00:00Z"
                          modifiedDateTime="2021-05-03T09:30:00Z">
                        <Coding guid="c0d10000-0000-4000-8000-000000000002"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000003"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="5e1e0000-0000-4000-8000-000000000003" startPosition="%4$d" endPosition="%5$d"
                          creatingUser="9f9f9f9f-0000-4000-8000-000000000002" creationDateTime="2021-05-04T08:00:00Z">
                        <Coding guid="c0d10000-0000-4000-8000-000000000003"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000003"/></Coding>
                      </PlainTextSelection>
                      <NoteRef targetGUID="a0a00000-0000-4000-8000-000000000001"/>
                      <NoteRef targetGUID="a0a00000-0000-4000-8000-000000000002"/>
                      <NoteRef targetGUID="a0a00000-0000-4000-8000-000000000003"/>
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="a0a00000-0000-4000-8000-000000000001" name="annotation">
                      <PlainTextContent>回访时再问</PlainTextContent>
                      <PlainTextSelection guid="5e1e0000-0000-4000-8000-000000000011" startPosition="%2$d" endPosition="%3$d"/>
                    </Note>
                    <Note guid="a0a00000-0000-4000-8000-000000000002" name="annotation">
                      <PlainTextContent>开场问题</PlainTextContent>
                      <PlainTextSelection guid="5e1e0000-0000-4000-8000-000000000012" startPosition="%6$d" endPosition="%7$d"/>
                    </Note>
                    <Note guid="a0a00000-0000-4000-8000-000000000003" name="document memo">
                      <PlainTextContent>整体印象：配合</PlainTextContent>
                    </Note>
                    <Note guid="a0a00000-0000-4000-8000-000000000004" name="journal">
                      <PlainTextContent>第一周日志：访谈三人</PlainTextContent>
                    </Note>
                    <Note guid="a0a00000-0000-4000-8000-000000000005" name="loose">
                      <PlainTextContent>无处引用的备注</PlainTextContent>
                    </Note>
                  </Notes>
                  <NoteRef targetGUID="a0a00000-0000-4000-8000-000000000004"/>
                </Project>
                """.formatted(SOURCE, flag, flag + 4, interview, interview + 3, question, question + 9);
    }

    private Path qdpx(String project) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(project.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/" + SOURCE + ".txt"));
            zip.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(temp.resolve("interviews.qdpx"), bytes.toByteArray());
    }
}
