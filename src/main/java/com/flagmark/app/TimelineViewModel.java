package com.flagmark.app;

import com.flagmark.model.Code;
import com.flagmark.model.DateBin;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.CodeTimeline;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.GridFiles;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.PassageFilter;
import com.flagmark.usecase.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Timeline view: codes by month, quarter or year, counting articles or passages, in the
 * whole library or in one region, drawn stacked or as lines. Undated articles are counted apart.
 */
final class TimelineViewModel {

    // Properties

    private final ReadOnlyObjectWrapper<Optional<Timeline>> timeline = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<DateBin> bin = new ReadOnlyObjectWrapper<>(DateBin.MONTH);
    private final ReadOnlyObjectWrapper<Counted> counted = new ReadOnlyObjectWrapper<>(Counted.ARTICLES);
    private final ReadOnlyObjectWrapper<Optional<Code>> columns = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> region = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<RegionRule> rule = new ReadOnlyObjectWrapper<>(RegionRule.ANY);
    private final ReadOnlyBooleanWrapper stacked = new ReadOnlyBooleanWrapper(true);

    private final Workspace workspace;
    private final Refresh refresh = new Refresh(this::compute);
    private long request;

    TimelineViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.onOpen(refresh::request);
        workspace.onChange(refresh::request);
    }

    /** Tells whether the view is shown; a hidden view counts again only when it shows. */
    void setActive(boolean shown) {
        refresh.setActive(shown);
    }

    ReadOnlyObjectProperty<Optional<Timeline>> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<DateBin> binProperty() {
        return bin.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Counted> countedProperty() {
        return counted.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Optional<Code>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** The region the timeline is narrowed to (a code or a name), if any. */
    ReadOnlyObjectProperty<Optional<String>> regionProperty() {
        return region.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RegionRule> ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    /** Whether the chart stacks its bars (else draws lines). */
    ReadOnlyBooleanProperty stackedProperty() {
        return stacked.getReadOnlyProperty();
    }

    // Commands

    void setBin(DateBin size) {
        bin.set(size);
        compute();
    }

    void setCounted(Counted unit) {
        counted.set(unit);
        timeline.set(timeline.get().map(same -> same));
    }

    void setColumns(Optional<Code> code) {
        columns.set(code);
        compute();
    }

    /** Narrows the timeline to a region (a code or name, at any level) under a rule; empty for the whole library. */
    void setRegion(Optional<String> codeOrName, RegionRule regionRule) {
        region.set(codeOrName.map(String::strip).filter(text -> !text.isEmpty()));
        rule.set(regionRule);
        compute();
    }

    void setStacked(boolean bars) {
        stacked.set(bars);
    }

    /** Saves the timeline as CSV, counting what the view counts. */
    void saveCsv(Path file, Consumer<Integer> onDone) {
        timeline.get().ifPresent(shown -> {
            Counted unit = counted.get();
            workspace.read(session -> {
                GridFiles.writeCsv(Grids.of(shown, unit), file);
                return shown.bins().size();
            }, onDone);
        });
    }

    /** Counts again with the settings as they are. */
    void compute() {
        long mine = ++request;
        DateBin size = bin.get();
        Optional<Code> chosen = columns.get();
        PassageFilter scope = region.get().map(name -> PassageFilter.ALL.withRegions(List.of(name), rule.get()))
                .orElse(PassageFilter.ALL);
        workspace.read(session -> chosen.or(() -> session.codebook().roots().stream()
                .filter(root -> root.name().equals("措施")).findFirst())
                .map(code -> new CodeTimeline(session).compute(new CodeTimeline.Request(List.of(code.id()), size,
                        scope))), computed -> {
                            if (mine == request) {
                                timeline.set(computed);
                            }
                        });
    }
}
