package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.export.Unmatched;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported annotation follows the same attribute rules as one coded in the reader or with {@code annotate}. */
class ImportedValuesTest {

    /** Two passages coded 成效/复工复产, whose value attribute is a number: one value is, one is not. */
    private static final String TWO_VALUES = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "成效/复工复产"}],
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "返岗率已达到97%"}},
              "flagmark:attributes": {"value": "97", "unit": "%"}},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "成效/复工复产"}],
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "员工返岗率达98%"}},
              "flagmark:attributes": {"value": "九成八"}}]
            """;

    @TempDir
    Path temp;

    @Test
    void anImportedValueThatIsNotANumberIsRefusedWithTheReason() throws IOException {
        Path file = Files.writeString(temp.resolve("values.jsonld"), TWO_VALUES);
        try (Library library = CodedLibrary.withArticles(temp.resolve("library.sqlite"),
                CodedLibrary.articleFiles(temp.resolve("articles")))) {

            AnnotationImportReport report = new AnnotationImport(library).run(file, Progress.NONE);

            assertThat(report.added()).isEqualTo(1);
            assertThat(library.annotations().all()).extracting(Annotation::attributes)
                    .extracting(values -> values.get("value")).containsExactly("97");
            assertThat(report.unmatched()).extracting(Unmatched::quote).containsExactly("员工返岗率达98%");
            assertThat(report.unmatched().get(0).reason()).contains("数值 (value) must be a number").contains("九成八");
            assertThat(report.unmatched().get(0).reasonKey()).isEqualTo("attribute.notNumber");
            assertThat(report.unmatched().get(0).reasonArguments()).startsWith("数值", "Value", "九成八");
        }
    }
}
