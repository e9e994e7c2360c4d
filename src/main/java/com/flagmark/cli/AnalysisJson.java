package com.flagmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.annotate.Codebook;
import com.flagmark.library.Passage;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.Column;
import com.flagmark.usecase.Counted;
import com.flagmark.usecase.Counts;
import com.flagmark.usecase.Matrix;
import com.flagmark.usecase.OutcomeRow;
import com.flagmark.usecase.Region;
import com.flagmark.usecase.Timeline;
import java.util.List;
import java.util.Optional;

/** The JSON documents the analysis commands print with {@code --json}: the contract scripts rely on. */
final class AnalysisJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnalysisJson() {
    }

    /** The annotation's fields ({@link CliJson#annotation}) plus its article's {@code title}, {@code date} and {@code source}. */
    static ArrayNode passages(List<Passage> passages, Codebook codebook) {
        ArrayNode json = NODES.arrayNode();
        for (Passage passage : passages) {
            ObjectNode entry = CliJson.annotation(passage.annotation(), codebook);
            entry.put("title", passage.title().orElse(null));
            entry.put("date", passage.date().map(ArticleDate::iso).orElse(null));
            entry.put("source", passage.source().orElse(null));
            json.add(entry);
        }
        return json;
    }

    /**
     * {@code {"level":…,"rule":…,"count":…,"columns":[{"id":…,"code":…}],"rows":[{"code":…,"name":…,
     * "within":…,"cells":[…],"total":…}],"withoutRegion":{"cells":[…],"total":…},"columnTotals":[…],"total":…}}.
     */
    static ObjectNode matrix(Matrix matrix, Counted unit) {
        ObjectNode json = NODES.objectNode().put("level", matrix.level().id()).put("rule", matrix.rule().id())
                .put("count", unit.id());
        columns(json.putArray("columns"), matrix.columns());
        ArrayNode rows = json.putArray("rows");
        for (Matrix.Row row : matrix.rows()) {
            Region region = row.region().orElseThrow();
            ObjectNode entry = rows.addObject().put("code", region.code()).put("name", region.name())
                    .put("within", region.within());
            counts(entry, row.cells(), row.total(), unit);
        }
        counts(json.putObject("withoutRegion"), matrix.withoutRegion().cells(), matrix.withoutRegion().total(), unit);
        matrix.columnTotals().forEach(total -> json.withArray("columnTotals").add(total.of(unit)));
        json.put("total", matrix.total().of(unit));
        return json;
    }

    /**
     * {@code {"by":…,"count":…,"columns":[…],"bins":[{"bin":…,"cells":[…],"total":…}],
     * "undated":{"cells":[…],"total":…},"columnTotals":[…],"total":…}}.
     */
    static ObjectNode timeline(Timeline timeline, Counted unit) {
        ObjectNode json = NODES.objectNode().put("by", timeline.bin().id()).put("count", unit.id());
        columns(json.putArray("columns"), timeline.columns());
        return series(json, timeline, unit);
    }

    /**
     * Timelines followed side by side, one per region: {@code {"by":…,"count":…,"rule":…,"columns":[…],
     * "series":[{"region":{"code":…,"name":…,"within":…},"bins":[…],"undated":{…},"columnTotals":[…],
     * "total":…}]}}, each series as in {@link #timeline}; a timeline of no region alone is printed as
     * that method prints it.
     */
    static ObjectNode timelines(List<Timeline> timelines, RegionRule rule, Counted unit) {
        if (timelines.size() == 1 && timelines.get(0).region().isEmpty()) {
            return timeline(timelines.get(0), unit);
        }
        Timeline first = timelines.get(0);
        ObjectNode json = NODES.objectNode().put("by", first.bin().id()).put("count", unit.id()).put("rule", rule.id());
        columns(json.putArray("columns"), first.columns());
        ArrayNode series = json.putArray("series");
        for (Timeline timeline : timelines) {
            Region region = timeline.region().orElseThrow();
            ObjectNode entry = series.addObject();
            entry.putObject("region").put("code", region.code()).put("name", region.name())
                    .put("within", region.within());
            series(entry, timeline, unit);
        }
        return json;
    }

    private static ObjectNode series(ObjectNode json, Timeline timeline, Counted unit) {
        ArrayNode bins = json.putArray("bins");
        for (Timeline.Bin bin : timeline.bins()) {
            counts(bins.addObject().put("bin", bin.label()), bin.cells(), bin.total(), unit);
        }
        counts(json.putObject("undated"), timeline.undated().cells(), timeline.undated().total(), unit);
        timeline.columnTotals().forEach(total -> json.withArray("columnTotals").add(total.of(unit)));
        json.put("total", timeline.total().of(unit));
        return json;
    }

    /**
     * {@code [{"passage":…,"article":…,"title":…,"date":…,"region":{"code":…,"name":…},"prefecture":…,
     * "province":…,"code":…,"indicator":…,"value":…,"unit":…,"asOf":…,"quote":…}]}.
     */
    static ArrayNode outcomes(List<OutcomeRow> outcomes) {
        ArrayNode json = NODES.arrayNode();
        for (OutcomeRow row : outcomes) {
            ObjectNode entry = json.addObject().put("passage", row.passageId()).put("article", row.articleId())
                    .put("title", row.title().orElse(null)).put("date", row.date().map(ArticleDate::iso).orElse(null));
            region(entry, "region", row.region());
            region(entry, "prefecture", row.prefecture());
            region(entry, "province", row.province());
            entry.put("code", row.code()).put("indicator", row.indicator().orElse(null))
                    .put("value", row.value().orElse(null)).put("unit", row.unit().orElse(null))
                    .put("asOf", row.asOf().orElse(null)).put("quote", row.quote());
        }
        return json;
    }

    private static void columns(ArrayNode json, List<Column> columns) {
        columns.forEach(column -> json.addObject().put("id", column.code().id()).put("code", column.path()));
    }

    private static void counts(ObjectNode json, List<Counts> cells, Counts total, Counted unit) {
        ArrayNode array = json.putArray("cells");
        cells.forEach(cell -> array.add(cell.of(unit)));
        json.put("total", total.of(unit));
    }

    private static void region(ObjectNode json, String field, Optional<Region> region) {
        if (region.isPresent()) {
            json.putObject(field).put("code", region.get().code()).put("name", region.get().name());
        } else {
            json.putNull(field);
        }
    }
}
