package com.flagmark.app;

import com.flagmark.library.Passage;
import com.flagmark.library.PassageOrder;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.usecase.Grid;
import com.flagmark.usecase.GridFiles;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.Passages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Passages view: every coded passage that passes the filter, in the order chosen. The first
 * page comes first, read off the FX thread without listing the rest; then the ordered ids of them
 * all, and each row's passage is read with its page when the row first shows, so scrolling reads on.
 * Recoding and notes are the reader's own undoable edits.
 */
final class PassagesViewModel {

    /** How many passages are read at a time. */
    static final int PAGE = 100;

    // Properties

    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PassageFilter> filter = new ReadOnlyObjectWrapper<>(PassageFilter.ALL);
    private final ReadOnlyObjectWrapper<PassageOrder> order = new ReadOnlyObjectWrapper<>(PassageOrder.DATE);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    private final Workspace workspace;
    private final Refresh refresh = new Refresh(this::reload);
    private List<Long> ids = List.of();
    private final Set<Integer> pagesAsked = new HashSet<>();
    /** Tells the answers of an older listing from those of the current one. */
    private long listing;

    PassagesViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.onOpen(refresh::request);
        workspace.onChange(refresh::request);
    }

    /** Tells whether the view is shown; a hidden view reads again only when it shows. */
    void setActive(boolean shown) {
        refresh.setActive(shown);
    }

    /** A row for every passage that passes the filter; its passage arrives when its page has been read. */
    ObservableList<PassageRow> rows() {
        return rows;
    }

    ReadOnlyObjectProperty<PassageFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PassageOrder> orderProperty() {
        return order.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty descendingProperty() {
        return descending.getReadOnlyProperty();
    }

    /** Whether a listing is being read. */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    // Commands

    /** Shows the passages that pass this filter. */
    void filter(PassageFilter newFilter) {
        filter.set(newFilter);
        reload();
    }

    /** Orders the passages by a column. */
    void sort(PassageOrder newOrder, boolean newDescending) {
        order.set(newOrder);
        descending.set(newDescending);
        reload();
    }

    /** Reads the page a row is on, unless it was read or asked for already. */
    void show(PassageRow row) {
        int page = row.index() / PAGE;
        if (!pagesAsked.add(page) || row.index() >= ids.size()) {
            return;
        }
        long mine = listing;
        List<Long> pageIds = List.copyOf(ids.subList(page * PAGE, Math.min(ids.size(), (page + 1) * PAGE)));
        workspace.read(session -> new Passages(session).load(pageIds), loaded -> {
            if (mine == listing) {
                fill(page * PAGE, pageIds, loaded);
            }
        });
    }

    /** Sets a passage's note, as an undoable edit. */
    void setNote(Passage passage, String note) {
        Annotation before = passage.annotation();
        if (!before.note().equals(note)) {
            workspace.perform(edits -> edits.update(before, with(before, before.codeIds(), note), "note"));
        }
    }

    /** Adds a code to a passage, as an undoable edit. */
    void addCode(Passage passage, Code code) {
        Annotation before = passage.annotation();
        if (code.codable() && !before.codeIds().contains(code.id())) {
            List<Long> codes = new ArrayList<>(before.codeIds());
            codes.add(code.id());
            workspace.perform(edits -> edits.update(before, with(before, codes, before.note()), "recode"));
        }
    }

    /** Takes a code off a passage, as an undoable edit; its last code stays, since a passage carries one at least. */
    void removeCode(Passage passage, long codeId) {
        Annotation before = passage.annotation();
        if (before.codeIds().size() > 1 && before.codeIds().contains(codeId)) {
            List<Long> codes = new ArrayList<>(before.codeIds());
            codes.remove(codeId);
            workspace.perform(edits -> edits.update(before, with(before, codes, before.note()), "recode"));
        }
    }

    /** Saves every passage the filter lets through as CSV, off the FX thread; {@code onDone} hears how many. */
    void saveCsv(Path file, Consumer<Integer> onDone) {
        List<Long> all = ids;
        workspace.read(session -> {
            List<Passage> passages = new Passages(session).load(all);
            Grid grid = Grids.passages(passages, session.codebook());
            GridFiles.writeCsv(grid, file);
            return passages.size();
        }, onDone);
    }

    /**
     * Lists the passages again, keeping filter and order: the first page first, read without
     * listing the rest, then the ids of them all, which give the count and the rows below.
     */
    void reload() {
        long mine = ++listing;
        PassageFilter current = filter.get();
        PassageOrder by = order.get();
        boolean down = descending.get();
        loading.set(true);
        workspace.read(session -> new Passages(session).firstPage(current, by, down, PAGE), first -> {
            if (mine != listing) {
                return;
            }
            ids = first.stream().map(passage -> passage.annotation().id()).toList();
            pagesAsked.clear();
            pagesAsked.add(0);
            rows.setAll(IntStream.range(0, ids.size()).mapToObj(PassageRow::new).toList());
            fill(0, ids, first);
            listAll(mine, current, by, down);
        });
    }

    /** Reads the ids of every passage listed and adds their rows below the first page shown. */
    private void listAll(long mine, PassageFilter current, PassageOrder by, boolean down) {
        workspace.read(session -> new Passages(session).find(current, by, down), found -> {
            if (mine != listing) {
                return;
            }
            List<Long> shown = ids;
            ids = found;
            if (found.size() >= shown.size() && found.subList(0, shown.size()).equals(shown)) {
                rows.addAll(IntStream.range(shown.size(), found.size()).mapToObj(PassageRow::new).toList());
            } else {
                // Written to between the two reads: the first page shown is no longer the first.
                pagesAsked.clear();
                rows.setAll(IntStream.range(0, found.size()).mapToObj(PassageRow::new).toList());
            }
            loading.set(false);
        });
    }

    private void fill(int first, List<Long> pageIds, List<Passage> loaded) {
        int at = 0;
        for (Passage passage : loaded) {
            while (at < pageIds.size() && pageIds.get(at) != passage.annotation().id()) {
                at++;
            }
            if (at < pageIds.size() && first + at < rows.size()) {
                rows.get(first + at).show(passage);
            }
        }
    }

    private static Annotation with(Annotation annotation, List<Long> codes, String note) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.anchor(), codes, note,
                annotation.attributes(), annotation.coder(), annotation.created(), annotation.modified(),
                annotation.orphaned());
    }

    /** Returns a row's passage, if its page has been read. */
    static Optional<Passage> passageOf(PassageRow row) {
        return row == null ? Optional.empty() : row.passageProperty().get();
    }
}
