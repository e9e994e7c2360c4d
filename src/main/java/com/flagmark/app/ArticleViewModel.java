package com.flagmark.app;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.annotate.Span;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.render.Highlight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The article being read and coded: its annotations, the text the user selected, the
 * annotation selected in the reader or the sidebar, and the commands that code passages.
 * Every change goes through the workspace, so it is saved at once and can be undone.
 */
final class ArticleViewModel {

    // Properties

    private final ReadOnlyObjectWrapper<Optional<StoredArticle>> article = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Annotation> readOnlyAnnotations = FXCollections.unmodifiableObservableList(annotations);
    private final ReadOnlyObjectWrapper<Optional<Span>> selection = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Annotation>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Map<Long, Integer>> usage = new ReadOnlyObjectWrapper<>(Map.of());

    private final Workspace workspace;
    private List<Long> lastClicked = List.of();
    private int clickCycle;
    /** The annotation just created, to select once the annotations are loaded again. */
    private Optional<Created> created = Optional.empty();

    ArticleViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.onChange(this::reload);
        workspace.onOpen(this::clear);
    }

    ReadOnlyObjectProperty<Optional<StoredArticle>> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The article's annotations, in the order of the text. */
    ObservableList<Annotation> annotations() {
        return readOnlyAnnotations;
    }

    /** The span of text the user has selected in the reader, without white space at its ends. */
    ReadOnlyObjectProperty<Optional<Span>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The annotation selected in the reader or the sidebar. */
    ReadOnlyObjectProperty<Optional<Annotation>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** How many of this article's annotations carry each code. */
    ReadOnlyObjectProperty<Map<Long, Integer>> usageProperty() {
        return usage.getReadOnlyProperty();
    }

    /** The highlights the reader draws: each annotation in its first code's colour. */
    List<Highlight> highlights() {
        Codebook codebook = workspace.codebookProperty().get();
        Optional<Long> selectedId = selected.get().map(Annotation::id);
        List<Highlight> highlights = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            if (annotation.orphaned()) {
                continue;
            }
            String colour = codebook.find(annotation.codeIds().get(0)).map(Code::colour).orElse("#888888");
            highlights.add(new Highlight(annotation.id(), annotation.anchor().start(), annotation.anchor().end(), colour,
                    selectedId.equals(Optional.of(annotation.id()))));
        }
        return highlights;
    }

    /** Tells whether a code applied now would have something to go to: selected text or a selected annotation. */
    boolean hasTarget() {
        return selection.get().isPresent() || selected.get().isPresent();
    }

    // Commands

    /** Opens an article for reading and coding. */
    void open(long articleId) {
        workspace.read(session -> new Loaded(session.article(articleId), session.annotations(articleId),
                session.usage(articleId)), loaded -> {
                    // The old article's annotations go first, so no view ever pairs them with the new text.
                    clear();
                    article.set(loaded.article());
                    show(loaded);
                });
    }

    void clear() {
        article.set(Optional.empty());
        annotations.clear();
        selection.set(Optional.empty());
        selected.set(Optional.empty());
        usage.set(Map.of());
    }

    /** Takes the reader's selection; white space at its ends is not part of it, and white space alone is none. */
    void select(Optional<Span> span) {
        selection.set(span.flatMap(this::trimmed));
    }

    /** Selects an annotation, as clicking it in the sidebar does. */
    void selectAnnotation(Optional<Long> id) {
        selected.set(id.flatMap(this::annotation));
    }

    /**
     * Selects the annotation the user clicked in the reader: the innermost first, and at each
     * further click on the same place the next one under it.
     */
    void highlightsClicked(List<Long> idsInnermostFirst) {
        if (idsInnermostFirst.isEmpty()) {
            return;
        }
        clickCycle = idsInnermostFirst.equals(lastClicked) ? (clickCycle + 1) % idsInnermostFirst.size() : 0;
        lastClicked = List.copyOf(idsInnermostFirst);
        selectAnnotation(Optional.of(idsInnermostFirst.get(clickCycle)));
    }

    /**
     * Applies a code: to the selected text, as a new annotation; else to the selected
     * annotation, as one more of its codes. Returns false when there is nothing to apply it to.
     */
    boolean applyCode(Code code) {
        Optional<StoredArticle> current = article.get();
        if (current.isEmpty() || !code.codable()) {
            return false;
        }
        if (selection.get().isPresent()) {
            Span span = selection.get().get();
            long articleId = current.get().id();
            created = Optional.of(new Created(span, code.id()));
            selection.set(Optional.empty());
            workspace.perform(edits -> edits.annotate(articleId, Anchors.of(current.get().article().text(), span.start(),
                    span.end()), List.of(code.id()), "", Map.of()));
            return true;
        }
        Optional<Annotation> target = selected.get();
        if (target.isEmpty() || target.get().codeIds().contains(code.id())) {
            return false;
        }
        List<Long> codes = new ArrayList<>(target.get().codeIds());
        codes.add(code.id());
        update(target.get(), with(target.get(), codes, target.get().note(), target.get().attributes()), "recode");
        return true;
    }

    /** Applies the code pinned to a key (1–9); false if no code is pinned there or nothing is selected. */
    boolean applyShortcut(String key) {
        return workspace.codebookProperty().get().byShortcut(key).map(this::applyCode).orElse(false);
    }

    /** Takes a code off the selected annotation; taking its last code deletes the annotation. */
    void removeCode(long codeId) {
        selected.get().ifPresent(annotation -> {
            List<Long> codes = new ArrayList<>(annotation.codeIds());
            codes.remove(codeId);
            if (codes.isEmpty()) {
                deleteSelected();
            } else {
                update(annotation, with(annotation, codes, annotation.note(), annotation.attributes()), "recode");
            }
        });
    }

    void setNote(String note) {
        selected.get().filter(annotation -> !annotation.note().equals(note)).ifPresent(annotation ->
                update(annotation, with(annotation, annotation.codeIds(), note, annotation.attributes()), "note"));
    }

    /** Sets the selected annotation's attribute values; the form has checked them. */
    void setAttributes(Map<String, String> attributes) {
        selected.get().filter(annotation -> !annotation.attributes().equals(attributes)).ifPresent(annotation ->
                update(annotation, with(annotation, annotation.codeIds(), annotation.note(), attributes), "attributes"));
    }

    /**
     * Places the selected orphaned annotation on the selected text, as an undoable change;
     * returns false when no orphaned annotation or no text is selected.
     */
    boolean placeSelected() {
        Optional<Annotation> orphan = selected.get().filter(Annotation::orphaned);
        Optional<Span> span = selection.get();
        Optional<StoredArticle> current = article.get();
        if (orphan.isEmpty() || span.isEmpty() || current.isEmpty()) {
            return false;
        }
        Annotation before = orphan.get();
        Anchor anchor = Anchors.of(current.get().article().text(), span.get().start(), span.get().end());
        selection.set(Optional.empty());
        update(before, new Annotation(before.id(), before.articleId(), anchor, before.codeIds(), before.note(),
                before.attributes(), before.coder(), before.created(), before.modified(), false), "place");
        return true;
    }

    void deleteSelected() {
        selected.get().ifPresent(annotation -> {
            selected.set(Optional.empty());
            workspace.perform(edits -> edits.delete(annotation));
        });
    }

    /** Selects the next annotation in the text (the first, when none is selected). */
    void nextAnnotation() {
        step(1);
    }

    /** Selects the previous annotation in the text (the last, when none is selected). */
    void previousAnnotation() {
        step(-1);
    }

    private void step(int direction) {
        if (annotations.isEmpty()) {
            return;
        }
        int index = selected.get().map(annotations::indexOf).orElse(direction > 0 ? -1 : annotations.size());
        selected.set(Optional.of(annotations.get(Math.floorMod(index + direction, annotations.size()))));
    }

    private void update(Annotation before, Annotation after, String action) {
        workspace.perform(edits -> edits.update(before, after, action));
    }

    /**
     * Reads the open article's annotations again after a change; where the change gave the article
     * another text (a re-cleaning or its undo), the article is shown anew with them, and where it
     * took the article away, the reader is cleared.
     */
    private void reload() {
        article.get().ifPresent(current -> workspace.read(session -> new Loaded(session.article(current.id()),
                session.annotations(current.id()), session.usage(current.id())), loaded -> {
                    if (loaded.article().equals(article.get())) {
                        show(loaded);
                    } else if (article.get().map(StoredArticle::id).equals(Optional.of(current.id()))) {
                        clear();
                        article.set(loaded.article());
                        loaded.article().ifPresent(changed -> show(loaded));
                    }
                }));
    }

    private void show(Loaded loaded) {
        annotations.setAll(loaded.annotations());
        usage.set(loaded.usage());
        Optional<Annotation> next = selected.get().flatMap(annotation -> annotation(annotation.id()));
        if (created.isPresent()) {
            Created made = created.get();
            next = annotations.stream()
                    .filter(annotation -> annotation.anchor().start() == made.span().start()
                            && annotation.anchor().end() == made.span().end() && annotation.codeIds().contains(made.codeId()))
                    .max(Comparator.comparingLong(Annotation::id));
            created = Optional.empty();
        }
        selected.set(next);
    }

    private Optional<Annotation> annotation(long id) {
        return annotations.stream().filter(annotation -> annotation.id() == id).findFirst();
    }

    private Optional<Span> trimmed(Span span) {
        return article.get().flatMap(current -> Anchors.trimmed(current.article().text(), span.start(), span.end()));
    }

    private static Annotation with(Annotation annotation, List<Long> codes, String note, Map<String, String> attributes) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.anchor(), codes, note, attributes,
                annotation.coder(), annotation.created(), annotation.modified(), annotation.orphaned());
    }

    private record Created(Span span, long codeId) {
    }

    private record Loaded(Optional<StoredArticle> article, List<Annotation> annotations, Map<Long, Integer> usage) {
    }
}
