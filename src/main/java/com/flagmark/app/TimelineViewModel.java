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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Timeline view: codes by month, quarter or year, counting articles or passages, in the
 * whole library or in one region, drawn stacked or as lines; or several regions side by side,
 * each a series of its own. Undated articles are counted apart.
 */
final class TimelineViewModel {

    // Properties

    private final ReadOnlyObjectWrapper<Optional<Timeline>> timeline = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<List<Timeline>> regionSeries = new ReadOnlyObjectWrapper<>(List.of());
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

    /**
     * With several regions chosen, a timeline for each, over the same bins (the first of them is
     * {@link #timelineProperty()}); empty otherwise.
     */
    ReadOnlyObjectProperty<List<Timeline>> regionSeriesProperty() {
        return regionSeries.getReadOnlyProperty();
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

    /** The regions the timeline is narrowed to (codes or names, separated by 、 or commas), if any. */
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

    /**
     * Narrows the timeline to a region (a code or name, at any level) under a rule, or follows
     * several side by side (separated by 、, commas or spaces); empty for the whole library.
     */
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
            List<Timeline> all = regionSeries.get().isEmpty() ? List.of(shown) : regionSeries.get();
            workspace.read(session -> {
                GridFiles.writeCsv(Grids.of(all, unit), file);
                return shown.bins().size();
            }, onDone);
        });
    }

    /** Counts again with the settings as they are. */
    void compute() {
        long mine = ++request;
        DateBin size = bin.get();
        Optional<Code> chosen = columns.get();
        List<String> regions = region.get().map(TimelineViewModel::regions).orElse(List.of());
        PassageFilter scope = PassageFilter.ALL.withRegions(regions, rule.get());
        workspace.read(session -> chosen.or(() -> session.codebook().roots().stream()
                .filter(root -> root.name().equals("措施")).findFirst())
                .map(code -> new CodeTimeline(session).perRegion(new CodeTimeline.Request(List.of(code.id()), size,
                        scope))), computed -> {
                            if (mine == request) {
                                regionSeries.set(computed.filter(all -> all.size() > 1).orElse(List.of()));
                                timeline.set(computed.map(all -> all.get(0)));
                            }
                        });
    }

    /** The regions a user typed, separated by 、, commas or white space. */
    private static List<String> regions(String typed) {
        return Arrays.stream(typed.split("[、,，\\s]+")).filter(part -> !part.isEmpty()).distinct().toList();
    }
}
