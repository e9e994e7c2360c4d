package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.library.Library;
import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress the app gives an export: it shows the steps, and Cancel stops the export having written nothing. */
class StoppableProgressTest {

    @TempDir
    Path temp;

    private Library library;
    private Path out;

    @BeforeEach
    void openALibraryWithAnAnnotation() throws IOException {
        library = Library.open(temp.resolve("library.sqlite"));
        CodedSamples.fill(library);
        out = Files.createDirectories(temp.resolve("out")).resolve("annotations.json");
    }

    @AfterEach
    void closeTheLibrary() {
        library.close();
    }

    @Test
    void showsHowFarTheExportGotArticleByArticle() {
        List<long[]> shown = new ArrayList<>();

        int written = ExportFormat.JSON.write(library, out, ExportScope.ALL,
                new StoppableProgress((done, total) -> shown.add(new long[] {done, total})));

        assertThat(written).isEqualTo(1);
        long articles = library.articles().count();
        assertThat(shown).last().isEqualTo(new long[] {articles, articles});
    }

    @Test
    void aStoppedExportWritesNoFile() throws IOException {
        StoppableProgress progress = new StoppableProgress((done, total) -> { });
        progress.stop();

        assertThatThrownBy(() -> ExportFormat.JSON.write(library, out, ExportScope.ALL, progress))
                .isInstanceOf(FlagmarkException.class).hasMessage("Cancelled; nothing was written.");

        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aStoppedExportLeavesTheFileItWouldHaveReplacedAsItWas() throws IOException {
        Files.writeString(out, "an earlier export");
        StoppableProgress progress = new StoppableProgress((done, total) -> { });
        progress.stop();

        assertThatThrownBy(() -> ExportFormat.CSV.write(library, out, ExportScope.ALL, progress))
                .isInstanceOf(FlagmarkException.class);

        assertThat(Files.readString(out)).isEqualTo("an earlier export");
    }
}
