package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.export.Incoming.IncomingCode;
import com.flagmark.export.Incoming.IncomingSource;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of annotations read on its own, with no library: what it hands on, and what is refused before reading. */
class AnnotationFileTest {

    @TempDir
    Path temp;

    @Test
    void aW3cFileHandsOnItsCodeAndThenItsPassageCountedInCodePoints() throws IOException {
        // 𠮷野家亮黄旗 is six code points and seven Java chars: the passage ends at 5 + 6.
        Path file = Files.writeString(temp.resolve("one.json"), """
                [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                  "body": [{"type": "TextualBody", "purpose": "tagging", "value": "措施/亮旗评比"},
                           {"type": "TextualBody", "purpose": "commenting", "value": "点名后进"}],
                  "target": {"source": "https://example.org/a.html", "selector": [
                      {"type": "TextQuoteSelector", "exact": "𠮷野家亮黄旗", "prefix": "对", "suffix": "，"},
                      {"type": "TextPositionSelector", "start": 5, "end": 11}]}}]
                """);
        Recorder recorder = new Recorder();

        String format = AnnotationFile.open(file, ImportLimits.DEFAULT).read(recorder, Progress.NONE);

        assertThat(format).isEqualTo("W3C Web Annotation JSON");
        assertThat(recorder.heard).containsExactly("code 措施/亮旗评比",
                "annotation 5-11 𠮷野家亮黄旗 [[措施, 亮旗评比]] note 点名后进 in https://example.org/a.html");
    }

    @Test
    void aFileOfAnotherFormatIsRefusedWhenOpened() throws IOException {
        Path file = Files.writeString(temp.resolve("coded.csv"), "article,quote\n1,亮黄旗\n");

        assertThatThrownBy(() -> AnnotationFile.open(file, ImportLimits.DEFAULT))
                .isInstanceOf(RefusedFile.class)
                .hasMessage("coded.csv is neither W3C Web Annotation JSON nor a REFI-QDA project (.qdpx) or codebook"
                        + " (.qdc); nothing was imported.");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWhenOpened() throws IOException {
        Path file = Files.writeString(temp.resolve("large.json"), "[" + " ".repeat(2 << 20) + "]");
        ImportLimits oneMegabyte = new ImportLimits(1 << 20, 1 << 20, 10, 10, 1_000, 20, 1_000);

        assertThatThrownBy(() -> AnnotationFile.open(file, oneMegabyte))
                .isInstanceOf(RefusedFile.class).hasMessageEndingWith("large.json is larger than 1 MB; nothing was imported.");
    }

    /** Writes down what a reader hands on, in order. */
    private static final class Recorder implements Incoming {

        private final List<String> heard = new ArrayList<>();

        @Override
        public void code(IncomingCode code) {
            heard.add("code " + String.join("/", code.path()));
        }

        @Override
        public void source(IncomingSource source, List<IncomingAnnotation> annotations) {
            heard.add("source " + source.key());
            annotations.forEach(this::annotation);
        }

        @Override
        public void annotation(IncomingAnnotation annotation) {
            heard.add("annotation " + annotation.anchor().start() + "-" + annotation.anchor().end() + " "
                    + annotation.anchor().exact() + " " + annotation.codePaths() + " note " + annotation.note()
                    + " in " + annotation.article().describe());
        }

        @Override
        public void unmatched(Unmatched unmatched) {
            heard.add("unmatched " + unmatched.reason());
        }

        @Override
        public void notImported(NotImported notImported) {
            heard.add("not imported " + notImported.reason());
        }
    }
}
