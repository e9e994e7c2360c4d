package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Code;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Candidate;
import com.flagmark.model.Progress;
import com.flagmark.render.Highlight;
import com.flagmark.usecase.BulkAcceptance;
import com.flagmark.usecase.ReviewedSuggestion;
import com.flagmark.usecase.SuggestionQuery;
import com.flagmark.usecase.SuggestionStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open suggestions of the article being read, and the reviewer's commands: next and
 * previous, accept, edit then accept, choose a region's link, reject, never suggest, accept
 * like ones in bulk. An article's suggestions are read (and computed, if missing) on an executor
 * of their own, so neither the FX thread nor the library's other reads wait on HanLP; they are
 * swapped in whole. An article opened while the pass still warms up shows its measures and
 * outcomes at once, and the whole list, computed behind the warm-up, replaces them. Every review
 * goes through the workspace, so it is saved at once and undone with the other changes.
 */
final class SuggestionsViewModel {

    /** Where a bulk accept reaches. */
    enum Scope { ARTICLE, SELECTED_ARTICLES, LIBRARY }

    // Properties

    private final ObservableList<ReviewedSuggestion> shown = FXCollections.observableArrayList();
    private final ObservableList<ReviewedSuggestion> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyObjectWrapper<Optional<CodeSuggestion>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanProperty hideLowTier = new SimpleBooleanProperty();

    private final Workspace workspace;
    private final ArticleViewModel article;
    private final TaskExecutor reading;
    private final TaskExecutor warming;
    private final TaskExecutor computing;
    private List<ReviewedSuggestion> open = List.of();
    private long loadedArticle = -1;
    /** The place in the list of the suggestion last selected, so review goes on from there. */
    private int lastIndex;
    /**
     * The suggestion under review, kept while the article is briefly closed and opened again (as
     * the list does after each change), so that review goes on where it was.
     */
    private Optional<Long> kept = Optional.empty();
    private final LibraryWideSuggestions libraryWide;
    /** The warm-up and the computation across the library, held while a window starting draws its list. */
    private final HeldWork afterOpen = new HeldWork(this::warmUpAndComputeMissing);
    /** What waits for the next article opened to show its first suggestions. */
    private final List<Runnable> afterNextMarks = new ArrayList<>();
    /** How what follows an article's first suggestions, before the pass is warm, is started. */
    private Consumer<Runnable> afterFirstSuggestions = Runnable::run;
    /** Whether what is shown is an article's first suggestions, its measures and outcomes before the pass is warm. */
    private boolean firstOnly;

    /**
     * @param reading reads (and computes) the suggestions of the article opened
     * @param warming loads HanLP and the pass when a library opens, then computes the whole
     *     suggestions of articles opened before it was done
     * @param computing computes what is missing across the library, in the background
     */
    SuggestionsViewModel(Workspace workspace, ArticleViewModel article, TaskExecutor reading, TaskExecutor warming,
            TaskExecutor computing) {
        this.workspace = workspace;
        this.article = article;
        this.reading = reading;
        this.warming = warming;
        this.computing = computing;
        this.libraryWide = new LibraryWideSuggestions(workspace, computing, LibraryWideSuggestions.AUTOMATIC,
                this::computed);
        article.articleProperty().addListener((property, before, now) -> {
            libraryWide.userBusy();
            load();
        });
        hideLowTier.addListener((property, before, hide) -> show(open));
        workspace.onChange(() -> {
            load();
            computeMissing();
        });
        workspace.onOpen(() -> {
            loadSegmenter();
            afterOpen.ask();
        });
    }

    /** The article's open suggestions, in text order, without the low tier when it is hidden. */
    ObservableList<ReviewedSuggestion> shown() {
        return readOnlyShown;
    }

    /**
     * Tells whether the suggestions shown are an article's first ones, its measures and outcomes
     * computed at once while the pass still warms up, which its whole list will replace.
     */
    boolean showsFirstSuggestions() {
        return firstOnly;
    }

    /** The suggestion under review. */
    ReadOnlyObjectProperty<Optional<CodeSuggestion>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether low-tier suggestions are hidden. */
    BooleanProperty hideLowTierProperty() {
        return hideLowTier;
    }

    /** The marks the reader draws: each shown suggestion, dashed, in its code's colour. */
    List<Highlight> highlights() {
        Codebook codebook = workspace.codebookProperty().get();
        Optional<Long> selectedId = selected.get().map(CodeSuggestion::id);
        List<Highlight> marks = new ArrayList<>(shown.size());
        for (ReviewedSuggestion each : shown) {
            CodeSuggestion suggestion = each.suggestion();
            String colour = codebook.resolve(suggestion.code()).map(Code::colour).orElse("#888888");
            marks.add(new Highlight(suggestion.id(), suggestion.start(), suggestion.end(), colour,
                    selectedId.equals(Optional.of(suggestion.id())), true));
        }
        return marks;
    }

    /**
     * The attributes a suggestion fills in, each named and valued in the UI's language, such as
     * "级别 地级 · 区划代码 370700" or "Level Prefecture · Gazetteer code 370700". A choice shows as
     * the UI names it; what was read from the text (an indicator, a unit) shows as written, and
     * the stored values stay as they are.
     */
    String filledIn(CodeSuggestion suggestion) {
        Codebook codebook = workspace.codebookProperty().get();
        List<AttributeDefinition> definitions = codebook.resolve(suggestion.code()).map(codebook::attributesOf)
                .orElse(List.of());
        return suggestion.attributes().entrySet().stream()
                .map(value -> definitions.stream().filter(definition -> definition.name().equals(value.getKey()))
                        .findFirst().map(AttributeEntries::label).orElse(value.getKey())
                        + " " + AttributeEntries.choiceName(value.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /**
     * What a suggestion rests on, a line for each piece of evidence, named in the UI's language:
     * the cue word, the gazetteer's entry and which form of its name matched, what settled an
     * ambiguous name, the figure as written.
     */
    String evidence(CodeSuggestion suggestion) {
        return suggestion.evidence().entrySet().stream()
                .map(entry -> Messages.get("suggestions.evidence.line",
                        Messages.find("suggestions.evidence." + entry.getKey()).orElse(entry.getKey()),
                        Messages.find("suggestions.evidence." + entry.getKey() + "." + entry.getValue())
                                .orElse(entry.getValue())))
                .collect(Collectors.joining("\n"));
    }

    // Commands

    /** Selects a suggestion, as clicking it in the list or the reader does. */
    void select(Optional<Long> id) {
        Optional<CodeSuggestion> found = id.flatMap(this::find);
        found.ifPresent(suggestion -> lastIndex = indexOf(suggestion.id()));
        kept = found.map(CodeSuggestion::id);
        selected.set(found);
    }

    /** Selects the next suggestion in the text (the first, when none is selected). */
    void next() {
        step(1);
    }

    /** Selects the previous suggestion in the text (the last, when none is selected). */
    void previous() {
        step(-1);
    }

    /** Accepts the selected suggestion as it is. */
    boolean accept() {
        return review(suggestion -> workspace.review(suggestions -> suggestions.accept(suggestion)));
    }

    /** Accepts the selected suggestion with the attributes and note the reviewer edited. */
    void accept(CodeSuggestion suggestion, Map<String, String> attributes, String note) {
        workspace.review(suggestions -> suggestions.accept(suggestion, attributes, note));
    }

    /** Accepts the selected region as one of its candidates. */
    void choose(CodeSuggestion suggestion, Candidate candidate) {
        workspace.review(suggestions -> suggestions.choose(suggestion, candidate));
    }

    /** Rejects the selected suggestion. */
    boolean reject() {
        return review(suggestion -> workspace.review(suggestions -> suggestions.reject(suggestion)));
    }

    /** Never suggests the selected suggestion's text as its code, anywhere in the library. */
    boolean neverSuggest() {
        return review(suggestion -> workspace.review(suggestions -> suggestions.neverSuggest(suggestion.exact(),
                suggestion.code())));
    }

    /**
     * Works out, off the FX thread, what accepting every open high-tier suggestion like the
     * selected one would do in {@code scope}: of the same code and, for a region, linked to the
     * same division ("every 潍坊 → 370700"); {@code planned} gets the plan to show its count first.
     */
    void planBulkAccept(Scope scope, List<Long> selectedArticles, Consumer<BulkAcceptance> planned) {
        Optional<CodeSuggestion> like = selected.get();
        Optional<StoredArticle> current = article.articleProperty().get();
        if (like.isEmpty() || current.isEmpty()) {
            return;
        }
        List<Long> articles = switch (scope) {
            case ARTICLE -> List.of(current.get().id());
            case SELECTED_ARTICLES -> selectedArticles;
            case LIBRARY -> List.of();
        };
        SuggestionQuery query = likeThis(like.get()).inArticles(articles);
        workspace.readOn(computing, session -> {
            session.suggestions().computeMissing(articles).run(Progress.NONE);
            return session.suggestions().planBulkAccept(query);
        }, planned);
    }

    /** Accepts every suggestion of a plan, as one change. */
    void acceptAll(BulkAcceptance plan) {
        workspace.review(suggestions -> suggestions.acceptAll(plan));
    }

    /**
     * Holds back the warm-up of a library opened and the computation across the library until
     * {@link #releaseBackgroundWork}: they load the dictionaries, the pass and the gazetteer,
     * seconds of CPU that the start of the window, on two cores, should not share.
     */
    void holdBackgroundWork() {
        afterOpen.hold();
    }

    /** Lets the warm-up and the computation across the library run, starting them if they were asked for while held. */
    void releaseBackgroundWork() {
        afterOpen.release();
    }

    /**
     * Lets the warm-up and the computation across the library run once the next article opened
     * has shown its first suggestions, its measures and outcomes: a window starting on the article
     * left open last time gives that opening the cores first, and the gazetteer, its index and
     * the allocation their loading makes come after its marks rather than beside them.
     */
    void releaseBackgroundWorkAfterNextOpening() {
        afterNextMarks(this::releaseBackgroundWork);
    }

    /**
     * Starts what follows the first suggestions of an article opened before the pass is warm
     * (its whole list computed, the work waiting for its marks) through {@code later} rather than
     * at once: the window gives the page a moment to place and draw those marks, as the whole
     * list's computation loads the gazetteer and its garbage stops every thread.
     */
    void followFirstSuggestionsThrough(Consumer<Runnable> later) {
        afterFirstSuggestions = later;
    }

    /**
     * Runs {@code action} once the next article opened has shown its first suggestions, or has
     * failed to read them: for work of a window starting that should not share the cores with
     * the first opening.
     */
    void afterNextMarks(Runnable action) {
        afterNextMarks.add(action);
    }

    private void warmUpAndComputeMissing() {
        warmUp();
        computeMissing();
    }

    /**
     * Counts the suggestions missing across the library and computes them in the background
     * when they are few (see {@link LibraryWideSuggestions}); a run under way is stopped first.
     */
    void computeMissing() {
        if (afterOpen.isHeld()) {
            afterOpen.ask();
            return;
        }
        libraryWide.refresh();
    }

    /** The computation of the suggestions missing across the library: where it stands, and the user's commands. */
    LibraryWideSuggestions libraryWide() {
        return libraryWide;
    }

    /**
     * Loads HanLP's dictionaries and the cue segmenter as soon as a library opens, while its list
     * is read, even when the rest of the warm-up is held back: the article the window opens as
     * its list shows then gets its measures and outcomes without waiting for HanLP to load. The
     * warm-up, on the same executor, comes after it.
     */
    private void loadSegmenter() {
        workspace.readOn(warming, session -> {
            session.suggestions().loadSegmenter();
            return true;
        }, loaded -> { });
    }

    /**
     * Loads HanLP and the pass as soon as a library opens, on an executor of its own, so that an
     * article opened meanwhile is not queued behind it: it shows its measures and outcomes at once
     * and its regions when the warm-up is done.
     */
    private void warmUp() {
        workspace.readOn(warming, session -> {
            session.suggestions().warmUp();
            return true;
        }, warm -> { });
    }

    /** Shows the open article's suggestions again if the library-wide computation has just computed them. */
    private void computed(List<Long> articles) {
        article.articleProperty().get().filter(open -> articles.contains(open.id())).ifPresent(open -> load());
    }

    private static SuggestionQuery likeThis(CodeSuggestion suggestion) {
        SuggestionQuery query = SuggestionQuery.everything().withCodes(List.of(suggestion.code()));
        String gazetteer = suggestion.attributes().get("gazetteer");
        return gazetteer == null ? query : query.withAttributes(Map.of("gazetteer", gazetteer));
    }

    private boolean review(Consumer<CodeSuggestion> change) {
        Optional<CodeSuggestion> target = selected.get();
        target.ifPresent(change);
        return target.isPresent();
    }

    private void load() {
        Optional<StoredArticle> current = article.articleProperty().get();
        if (current.isEmpty()) {
            firstOnly = false;
            open = List.of();
            shown.clear();
            selected.set(Optional.empty());
            return;
        }
        long id = current.get().id();
        if (id != loadedArticle) {
            lastIndex = 0;
            kept = Optional.empty();
            selected.set(Optional.empty());
        }
        workspace.readOn(reading, session -> session.suggestions().atOnce(id), loaded -> {
            if (isOpen(id)) {
                loadedArticle = id;
                firstOnly = !loaded.complete();
                showOpen(loaded.suggestions());
                if (loaded.complete()) {
                    runAfterMarks();
                } else {
                    afterFirstSuggestions.accept(() -> {
                        runAfterMarks();
                        computeWhole(id);
                    });
                }
            }
        }, failure -> {
            // The warm-up must not wait for marks that will never come.
            runAfterMarks();
            workspace.fail(failure);
        });
    }

    /**
     * The measures and outcomes alone are shown while the warm-up loads the gazetteer: the whole
     * list is computed behind them and replaces them.
     */
    private void computeWhole(long id) {
        if (!isOpen(id)) {
            return;
        }
        workspace.readOn(warming, session -> session.suggestions().ofArticle(id), whole -> {
            if (isOpen(id)) {
                kept = kept.flatMap(this::find).flatMap(partial -> samePlace(partial, whole));
                firstOnly = false;
                showOpen(whole);
            }
        });
    }

    private void runAfterMarks() {
        List<Runnable> waiting = List.copyOf(afterNextMarks);
        afterNextMarks.clear();
        waiting.forEach(Runnable::run);
    }

    private boolean isOpen(long id) {
        return article.articleProperty().get().map(StoredArticle::id).equals(Optional.of(id));
    }

    private void showOpen(List<ReviewedSuggestion> loaded) {
        open = loaded.stream().filter(each -> each.status() == SuggestionStatus.OPEN).toList();
        show(open);
    }

    /** The id, in the whole list, of the suggestion a partial list had at the same place with the same code. */
    private static Optional<Long> samePlace(CodeSuggestion partial, List<ReviewedSuggestion> whole) {
        return whole.stream().map(ReviewedSuggestion::suggestion)
                .filter(each -> each.start() == partial.start() && each.end() == partial.end()
                        && each.code().equals(partial.code()))
                .map(CodeSuggestion::id).findFirst();
    }

    private void show(List<ReviewedSuggestion> suggestions) {
        List<ReviewedSuggestion> visible = suggestions.stream()
                .filter(each -> !hideLowTier.get() || each.suggestion().tier() == CodeSuggestion.Tier.HIGH).toList();
        shown.setAll(visible);
        Optional<CodeSuggestion> still = kept.flatMap(this::find);
        if (still.isEmpty() && kept.isPresent() && !shown.isEmpty()) {
            still = Optional.of(shown.get(Math.max(0, Math.min(lastIndex, shown.size() - 1))).suggestion());
        }
        still.ifPresent(suggestion -> lastIndex = indexOf(suggestion.id()));
        kept = still.isPresent() || !shown.isEmpty() ? still.map(CodeSuggestion::id) : kept;
        selected.set(still);
    }

    private void step(int direction) {
        if (shown.isEmpty()) {
            return;
        }
        int index = selected.get().map(suggestion -> indexOf(suggestion.id()))
                .orElse(direction > 0 ? -1 : shown.size());
        int next = Math.floorMod(index + direction, shown.size());
        lastIndex = next;
        kept = Optional.of(shown.get(next).suggestion().id());
        selected.set(Optional.of(shown.get(next).suggestion()));
    }

    private Optional<CodeSuggestion> find(long id) {
        return shown.stream().map(ReviewedSuggestion::suggestion).filter(suggestion -> suggestion.id() == id).findFirst();
    }

    private int indexOf(long id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).suggestion().id() == id) {
                return i;
            }
        }
        return -1;
    }
}
