package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggestions the window shows for the article being read, on a real library, without the toolkit. */
class SuggestionsViewModelTest {

    @TempDir
    Path temp;

    private final HeldExecutor reading = new HeldExecutor();
    private LibraryViewModel library;
    private ArticleViewModel article;
    private SuggestionsViewModel suggestions;

    @BeforeEach
    void openLibraryWithTwoArticles() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "潍坊召开会议\n\n潍坊市对进度滞后的单位进行约谈。\n");
        Files.writeString(folder.resolve("b.txt"), "寿光推进项目\n\n寿光市建立工作专班，截至2月20日返岗率达98%。\n");
        Path file = temp.resolve("library.sqlite");
        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            session.importPath(folder, 1).run(Progress.NONE);
        }
        Workspace workspace = new Workspace(new SynchronousExecutor(), "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        suggestions = new SuggestionsViewModel(workspace, article, reading, new SynchronousExecutor());
        workspace.open(file);
    }

    @Test
    void anotherArticlesSuggestionsAreNotShownWhileTheOpenedOnesAreRead() {
        long first = library.articles().get(0);
        long second = library.articles().get(1);
        article.open(first);
        reading.runAll();
        assertThat(suggestions.shown()).isNotEmpty();

        article.open(second);

        assertThat(suggestions.shown()).isEmpty();
        assertThat(suggestions.highlights()).isEmpty();
        reading.runAll();
        assertThat(suggestions.shown()).isNotEmpty()
                .allSatisfy(each -> assertThat(each.suggestion().articleId()).isEqualTo(second));
    }

    /** Holds the work it is given until the test runs it, as a busy reading thread would. */
    private static final class HeldExecutor implements TaskExecutor {
        private final Queue<Runnable> held = new ArrayDeque<>();

        @Override
        public <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
            held.add(() -> new SynchronousExecutor().submit(work, onDone, onFailed));
        }

        @Override
        public <V> Task<V> execute(Task<V> task) {
            held.add(task);
            return task;
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.remove().run();
            }
        }
    }
}
