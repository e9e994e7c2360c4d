package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.annotate.Anchors;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.ingest.ImportReport;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long work run on the calling thread, as the tests and the command line run it: it shows its steps and stops when told. */
class BackgroundTaskTest {

    @TempDir
    Path temp;

    private LibrarySession session;
    private Path out;

    @BeforeEach
    void openALibraryOfTheSamplesWithOnePassageCoded() throws IOException {
        session = LibrarySession.open(temp.resolve("library.sqlite"), "tester");
        session.importPath(Path.of("seeds"), 1).run(Progress.NONE);
        long article = session.articles().get(0).id();
        session.annotate(article, Anchors.of(session.article(article).orElseThrow().article().text(), 0, 3),
                List.of(session.codebook().resolve("措施/约谈问责").orElseThrow().id()), "", Map.of());
        out = Files.createDirectories(temp.resolve("out")).resolve("annotations.json");
    }

    @AfterEach
    void closeTheLibrary() {
        session.close();
    }

    @Test
    void showsHowFarTheExportGotArticleByArticle() {
        List<long[]> shown = new ArrayList<>();

        int written = session.export(ExportFormat.JSON, reading -> ExportScope.ALL, out)
                .run(watcher((done, total) -> shown.add(new long[] {done, total})));

        assertThat(written).isEqualTo(1);
        long articles = session.articleCount();
        assertThat(shown).last().isEqualTo(new long[] {articles, articles});
    }

    @Test
    void aStoppedExportWritesNoFile() throws IOException {
        BackgroundTask<Integer> export = session.export(ExportFormat.JSON, reading -> ExportScope.ALL, out);
        export.stop();

        assertThatThrownBy(() -> export.run(Progress.NONE))
                .isInstanceOf(FlagmarkException.class).hasMessage("Cancelled; nothing was written.");

        assertThat(export.stopped()).isTrue();
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aStoppedExportLeavesTheFileItWouldHaveReplacedAsItWas() throws IOException {
        Files.writeString(out, "an earlier export");
        BackgroundTask<Integer> export = session.export(ExportFormat.CSV, reading -> ExportScope.ALL, out);
        export.stop();

        assertThatThrownBy(() -> export.run(Progress.NONE)).isInstanceOf(FlagmarkException.class);

        assertThat(Files.readString(out)).isEqualTo("an earlier export");
    }

    @Test
    void aFolderImportStoppedBeforeItBeganStoresNothingAndSaysItWasCancelled() {
        BackgroundTask<ImportReport> again = session.importPath(Path.of("seeds"), 1);
        int before = session.articleCount();
        again.stop();

        ImportReport report = again.run(Progress.NONE);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.files()).isZero();
        assertThat(session.articleCount()).isEqualTo(before);
    }

    @Test
    void theListenersLearnThatAnImportEndedEvenWhenItFailed() {
        List<String> told = new ArrayList<>();
        session.afterTasks(() -> told.add("ended"));

        assertThatThrownBy(() -> session.importAnnotations(temp.resolve("missing.json")).run(Progress.NONE))
                .isInstanceOf(FlagmarkException.class);

        assertThat(told).containsExactly("ended");
    }

    /** A watcher that shows the steps and never cancels. */
    private static Progress watcher(Steps steps) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                steps.show(done, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @FunctionalInterface
    private interface Steps {
        void show(long done, long total);
    }

    @Test
    void anImportCountsAsWritingWhileItRunsSoThatTheWindowWillNotRestoreUnderIt() {
        List<Boolean> writingAtEachStep = new ArrayList<>();
        Progress watcher = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                writingAtEachStep.add(session.writing());
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        session.importPath(Path.of("seeds"), 1).run(watcher);

        assertThat(writingAtEachStep).isNotEmpty().containsOnly(true);
        assertThat(session.writing()).isFalse();
    }
}
