package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.ReviewedSuggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggestions the window shows for the article being read, on a real library, without the toolkit. */
class SuggestionsViewModelTest {

    @TempDir
    Path temp;

    private final HeldExecutor reading = new HeldExecutor();
    private Workspace workspace;
    private LibraryViewModel library;
    private ArticleViewModel article;
    private SuggestionsViewModel suggestions;

    @BeforeEach
    void openLibraryWithTwoArticles() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "潍坊召开会议\n\n潍坊市对进度滞后的单位进行约谈。\n");
        Files.writeString(folder.resolve("b.txt"), "寿光推进项目\n\n寿光市工作专班每周调度项目进度，截至2月20日返岗率达98%。\n");
        Path file = temp.resolve("library.sqlite");
        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            session.importPath(folder, 1).run(Progress.NONE);
        }
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        library = new LibraryViewModel(workspace, new SynchronousExecutor());
        article = new ArticleViewModel(workspace);
        suggestions = new SuggestionsViewModel(workspace, article, reading, reading, new SynchronousExecutor());
        workspace.open(file);
    }

    @AfterEach
    void closeTheLibraryAndSpeakAsTheSystemDoes() {
        workspace.close();
        Messages.use(Locale.getDefault());
    }

    @Test
    void aRegionsLevelIsNamedInTheWindowsLanguageAndStoredAsTheCodebookSaysIt() {
        CodeSuggestion shouguang = suggestionOfSecondArticle("寿光市");

        Messages.use(Locale.SIMPLIFIED_CHINESE);
        String chinese = suggestions.filledIn(shouguang);
        Messages.use(Locale.ENGLISH);
        String english = suggestions.filledIn(shouguang);

        assertThat(chinese).isEqualTo("区划代码 370783 · 级别 县级");
        assertThat(english).isEqualTo("Gazetteer code 370783 · Level County");
        assertThat(shouguang.attributes()).containsEntry("level", "county");
    }

    @Test
    void aMeasuresCycleIsNamedInTheWindowsLanguage() {
        CodeSuggestion taskForce = suggestionOfSecondArticle("工作专班");

        Messages.use(Locale.SIMPLIFIED_CHINESE);
        String chinese = suggestions.filledIn(taskForce);
        Messages.use(Locale.ENGLISH);
        String english = suggestions.filledIn(taskForce);

        assertThat(chinese).isEqualTo("周期 每周");
        assertThat(english).isEqualTo("Cycle Weekly");
        assertThat(taskForce.attributes()).containsEntry("cycle", "weekly");
    }

    @Test
    void anOutcomesIndicatorAndUnitShowAsWrittenBesideLabelsInTheWindowsLanguage() {
        CodeSuggestion returnRate = suggestionOfSecondArticle("返岗率达98%");

        Messages.use(Locale.SIMPLIFIED_CHINESE);
        String chinese = suggestions.filledIn(returnRate);
        Messages.use(Locale.ENGLISH);
        String english = suggestions.filledIn(returnRate);

        assertThat(chinese).isEqualTo("指标 返岗率 · 数值 98 · 单位 %");
        assertThat(english).isEqualTo("Indicator 返岗率 · Value 98 · Unit %");
    }

    @Test
    void aRegionsEvidenceIsNamedInTheWindowsLanguage() {
        CodeSuggestion shouguang = suggestionOfSecondArticle("寿光市");

        Messages.use(Locale.SIMPLIFIED_CHINESE);
        String chinese = suggestions.evidence(shouguang);
        Messages.use(Locale.ENGLISH);
        String english = suggestions.evidence(shouguang);

        assertThat(chinese).isEqualTo("区划代码：370783\n行政区划：寿光市\n匹配的名称：全称");
        assertThat(english).isEqualTo("Gazetteer code: 370783\nDivision: 寿光市\nName matched: full name");
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

    @Test
    void anArticleOpenedBeforeTheWarmUpShowsItsMeasuresAndOutcomesAtOnceThenAllItsSuggestions() throws IOException {
        Path file = freshLibrary();
        HeldExecutor firstReading = new HeldExecutor();
        HeldExecutor warming = new HeldExecutor();
        workspace.close();
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel list = new LibraryViewModel(workspace, new SynchronousExecutor());
        ArticleViewModel opened = new ArticleViewModel(workspace);
        SuggestionsViewModel first = new SuggestionsViewModel(workspace, opened, firstReading, warming,
                new HeldExecutor());
        workspace.open(file);

        opened.open(list.articles().get(0));
        firstReading.runAll();

        assertThat(exacts(first)).containsExactly("工作专班", "调度", "返岗率达98%");
        assertThat(first.highlights()).hasSize(3);
        assertThat(first.showsFirstSuggestions()).isTrue();
        warming.runAll();
        assertThat(exacts(first)).containsExactly("寿光市", "工作专班", "调度", "返岗率达98%");
        assertThat(first.highlights()).hasSize(4);
        assertThat(first.showsFirstSuggestions()).isFalse();
    }

    @Test
    void theWholeListOfAnArticleOpenedBeforeTheWarmUpWaitsForWhatFollowsItsFirstSuggestions() throws IOException {
        Path file = freshLibrary();
        HeldExecutor firstReading = new HeldExecutor();
        HeldExecutor warming = new HeldExecutor();
        Starting window = starting(firstReading, warming, new HeldExecutor());
        List<Runnable> following = new ArrayList<>();
        window.suggestions().followFirstSuggestionsThrough(following::add);
        workspace.open(file);

        window.opened().open(window.list().articles().get(0));
        firstReading.runAll();
        warming.runAll();

        assertThat(exacts(window.suggestions())).containsExactly("工作专班", "调度", "返岗率达98%");
        assertThat(following).hasSize(1);
        following.forEach(Runnable::run);
        warming.runAll();
        assertThat(exacts(window.suggestions())).containsExactly("寿光市", "工作专班", "调度", "返岗率达98%");
    }

    @Test
    void aLibraryOpenedWhileTheWindowStartsLoadsTheSegmenterAndHoldsTheRestOfTheWarmUp() {
        HeldExecutor warming = new HeldExecutor();
        HeldExecutor computing = new HeldExecutor();
        Starting window = starting(new HeldExecutor(), warming, computing);
        window.suggestions().holdBackgroundWork();

        workspace.open(temp.resolve("library.sqlite"));

        assertThat(warming.held()).isEqualTo(1);
        warming.runAll();
        assertThat(computing.held()).isZero();
        window.suggestions().releaseBackgroundWork();
        assertThat(warming.held()).isEqualTo(1);
    }

    @Test
    void aWarmUpReleasedForTheNextOpeningWaitsForThatArticlesFirstSuggestions() {
        HeldExecutor opening = new HeldExecutor();
        HeldExecutor warming = new HeldExecutor();
        Starting window = starting(opening, warming, new HeldExecutor());
        window.suggestions().holdBackgroundWork();
        workspace.open(temp.resolve("library.sqlite"));
        warming.runAll();

        window.suggestions().releaseBackgroundWorkAfterNextOpening();
        window.opened().open(window.list().articles().get(1));

        assertThat(warming.held()).isZero();
        opening.runAll();
        assertThat(exacts(window.suggestions())).contains("工作专班");
        assertThat(warming.held()).isEqualTo(1);
    }

    @Test
    void workWaitingForTheNextMarksRunsOnceWhenTheyShow() {
        HeldExecutor opening = new HeldExecutor();
        Starting window = starting(opening, new HeldExecutor(), new HeldExecutor());
        workspace.open(temp.resolve("library.sqlite"));
        int[] runs = new int[1];

        window.suggestions().afterNextMarks(() -> runs[0]++);
        window.opened().open(window.list().articles().get(1));
        assertThat(runs[0]).isZero();
        opening.runAll();
        window.opened().open(window.list().articles().get(0));
        opening.runAll();

        assertThat(runs[0]).isEqualTo(1);
    }

    @Test
    void aWarmUpReleasedForTheNextOpeningRunsWhenThatArticlesSuggestionsFailToRead() {
        HeldExecutor warming = new HeldExecutor();
        Starting window = starting(new FailingExecutor(), warming, new HeldExecutor());
        window.suggestions().holdBackgroundWork();
        workspace.open(temp.resolve("library.sqlite"));
        warming.runAll();

        window.suggestions().releaseBackgroundWorkAfterNextOpening();
        window.opened().open(window.list().articles().get(1));

        assertThat(warming.held()).isEqualTo(1);
        assertThat(workspace.errorProperty().get()).isNotEmpty();
    }

    /** The view-models of a window starting, on a new workspace whose reads run at once; no library open yet. */
    private record Starting(LibraryViewModel list, ArticleViewModel opened, SuggestionsViewModel suggestions) {
    }

    private Starting starting(TaskExecutor opening, TaskExecutor warming, TaskExecutor computing) {
        workspace.close();
        workspace = new Workspace(new SynchronousExecutor(), "tester");
        LibraryViewModel list = new LibraryViewModel(workspace, new SynchronousExecutor());
        ArticleViewModel opened = new ArticleViewModel(workspace);
        return new Starting(list, opened, new SuggestionsViewModel(workspace, opened, opening, warming, computing));
    }

    /** A library of one story imported with no suggestions stored, as before the pass is warm. */
    private Path freshLibrary() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("fresh"));
        Files.writeString(folder.resolve("c.txt"), "项目建设推进会\n\n寿光市工作专班每周调度项目进度，截至2月20日返岗率达98%。\n");
        Path file = temp.resolve("fresh.sqlite");
        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            session.importPath(folder, 1).run(Progress.NONE);
        }
        return file;
    }

    private static List<String> exacts(SuggestionsViewModel suggestions) {
        return suggestions.shown().stream().map(each -> each.suggestion().exact()).toList();
    }

    private CodeSuggestion suggestionOfSecondArticle(String exact) {
        article.open(library.articles().get(1));
        reading.runAll();
        return suggestions.shown().stream().map(ReviewedSuggestion::suggestion)
                .filter(suggestion -> suggestion.exact().equals(exact)).findFirst().orElseThrow();
    }

    /** Fails every read it is given, as a library whose file went bad under it would. */
    private static final class FailingExecutor implements TaskExecutor {
        @Override
        public <V> void submit(Callable<V> work, Consumer<V> onDone, Consumer<Throwable> onFailed) {
            onFailed.accept(new FlagmarkException("The library could not be read."));
        }

        @Override
        public <V> Task<V> execute(Task<V> task) {
            throw new UnsupportedOperationException("no tasks are run here");
        }
    }
}
