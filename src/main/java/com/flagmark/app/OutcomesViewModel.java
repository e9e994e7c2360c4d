package com.flagmark.app;

import com.flagmark.usecase.GridFiles;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.OutcomeRow;
import com.flagmark.usecase.OutcomeTable;
import com.flagmark.usecase.PassageFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Outcomes view: every coded outcome as a row of region, date, indicator, value, unit and as-of date. */
final class OutcomesViewModel {

    // Properties

    private final ObservableList<OutcomeRow> rows = FXCollections.observableArrayList();

    private final Workspace workspace;
    private final Refresh refresh = new Refresh(this::reload);
    private PassageFilter filter = PassageFilter.ALL;
    private long request;

    OutcomesViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.onOpen(refresh::request);
        workspace.onChange(refresh::request);
    }

    /** Tells whether the view is shown; a hidden view reads again only when it shows. */
    void setActive(boolean shown) {
        refresh.setActive(shown);
    }

    ObservableList<OutcomeRow> rows() {
        return rows;
    }

    // Commands

    /** Shows the outcomes that pass this filter. */
    void filter(PassageFilter newFilter) {
        filter = newFilter;
        reload();
    }

    /** Saves the rows shown as CSV. */
    void saveCsv(Path file, Consumer<Integer> onDone) {
        List<OutcomeRow> shown = List.copyOf(rows);
        workspace.read(session -> {
            GridFiles.writeCsv(Grids.outcomes(shown), file);
            return shown.size();
        }, onDone);
    }

    void reload() {
        long mine = ++request;
        PassageFilter current = filter;
        workspace.read(session -> new OutcomeTable(session).rows(current), found -> {
            if (mine == request) {
                rows.setAll(found);
            }
        });
    }
}
