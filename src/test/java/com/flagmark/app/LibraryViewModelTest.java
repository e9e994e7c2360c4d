package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library list's count, without the toolkit. */
class LibraryViewModelTest {

    private static final int FLAGGED = LibraryViewModel.SEARCH_LIMIT + 3;

    @TempDir
    Path temp;

    private LibraryViewModel library;

    @BeforeEach
    void openALibraryWithMoreMatchesThanTheListShows() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        for (int i = 1; i <= FLAGGED; i++) {
            Files.writeString(folder.resolve(i + ".txt"), "第" + i + "号通报\n\n全市项目建设大比拼第" + i
                    + "名亮红旗，各县区对照排名查找差距，逐项整改落实。\n");
        }
        Files.writeString(folder.resolve("other.txt"), "另一篇通报\n\n全市项目建设提速，各县区对照排名查找差距，逐项整改落实。\n");
        Path file = temp.resolve("library.sqlite");
        try (Library open = Library.open(file)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), open.importStore()).importPath(folder, Progress.NONE);
        }
        Workspace workspace = new Workspace(new SynchronousExecutor(), "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
        workspace.open(file);
    }

    @Test
    void totalIsEveryArticleTheFiltersLetThrough() {
        assertThat(library.totalProperty().get()).isEqualTo(FLAGGED + 1);
        assertThat(library.articles()).hasSize(FLAGGED + 1);
    }

    @Test
    void searchShowsTheBestHitsAndCountsEveryMatch() {
        library.search("红旗");

        assertThat(library.articles()).hasSize(LibraryViewModel.SEARCH_LIMIT);
        assertThat(library.totalProperty().get()).isEqualTo(FLAGGED);
    }
}
