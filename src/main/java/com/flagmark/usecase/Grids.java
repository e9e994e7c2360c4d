package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.Passage;
import com.flagmark.model.Annotation;
import com.flagmark.model.ArticleDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The analysis tables as {@link Grid}s, for CSV and spreadsheets: one layout, whoever writes
 * it, so a file saved from the window and one printed by the command line agree. Headings are
 * English identifiers that statistics packages take as variable names; codes are paths.
 */
public final class Grids {

    /** The label of the row of articles that stand for no region at the table's level. */
    public static final String NO_REGION = "(no region)";
    /** The label of the row of articles without a date. */
    public static final String UNDATED = "(undated)";
    /** The label of the row of totals. */
    public static final String TOTAL = "(total)";

    private Grids() {
    }

    /** Returns the matrix with one row per region, the row without a region and the totals, counting {@code unit}. */
    public static Grid of(Matrix matrix, Counted unit) {
        List<String> header = new ArrayList<>(List.of("region_code", "region", "within"));
        matrix.columns().forEach(column -> header.add(column.path()));
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            Region region = row.region().orElseThrow();
            rows.add(counts(List.of(region.code(), region.name(), region.within()), row.cells(), row.total(), unit));
        }
        rows.add(counts(List.of("", NO_REGION, ""), matrix.withoutRegion().cells(), matrix.withoutRegion().total(), unit));
        rows.add(counts(List.of("", TOTAL, ""), matrix.columnTotals(), matrix.total(), unit));
        return new Grid(header, rows);
    }

    /** Returns the timeline with one row per bin, the undated articles and the totals, counting {@code unit}. */
    public static Grid of(Timeline timeline, Counted unit) {
        List<String> header = new ArrayList<>(List.of(timeline.bin().id()));
        timeline.columns().forEach(column -> header.add(column.path()));
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        for (Timeline.Bin bin : timeline.bins()) {
            rows.add(counts(List.of(bin.label()), bin.cells(), bin.total(), unit));
        }
        rows.add(counts(List.of(UNDATED), timeline.undated().cells(), timeline.undated().total(), unit));
        rows.add(counts(List.of(TOTAL), timeline.columnTotals(), timeline.total(), unit));
        return new Grid(header, rows);
    }

    /**
     * Returns timelines followed side by side, one per region: the rows of each as {@link
     * #of(Timeline, Counted)} lays them out, after its region's code and name; a timeline of no
     * region alone is laid out as that method does.
     */
    public static Grid of(List<Timeline> series, Counted unit) {
        if (series.size() == 1 && series.get(0).region().isEmpty()) {
            return of(series.get(0), unit);
        }
        List<String> header = new ArrayList<>(List.of("region_code", "region"));
        List<List<String>> rows = new ArrayList<>();
        for (Timeline timeline : series) {
            Grid one = of(timeline, unit);
            if (header.size() == 2) {
                header.addAll(one.header());
            }
            Region region = timeline.region().orElseThrow();
            for (List<String> row : one.rows()) {
                List<String> labelled = new ArrayList<>(List.of(region.code(), region.name()));
                labelled.addAll(row);
                rows.add(labelled);
            }
        }
        return new Grid(header, rows);
    }

    /** Returns the outcomes, one row each. */
    public static Grid outcomes(List<OutcomeRow> outcomes) {
        List<String> header = List.of("passage", "article", "title", "date", "region_code", "region", "prefecture",
                "province", "code", "indicator", "value", "unit", "as_of", "quote");
        List<List<String>> rows = outcomes.stream().map(row -> List.of(String.valueOf(row.passageId()),
                String.valueOf(row.articleId()), row.title().orElse(""), date(row.date()),
                row.region().map(Region::code).orElse(""), row.region().map(Region::name).orElse(""),
                row.prefecture().map(Region::name).orElse(""), row.province().map(Region::name).orElse(""),
                row.code(), row.indicator().orElse(""), row.value().orElse(""), row.unit().orElse(""),
                row.asOf().orElse(""), row.quote())).toList();
        return new Grid(header, rows);
    }

    /** Returns the passages, one row each, with their context (KWIC) and their codes as paths. */
    public static Grid passages(List<Passage> passages, Codebook codebook) {
        List<String> header = List.of("passage", "article", "title", "date", "source", "start", "end", "before",
                "quote", "after", "codes", "note", "attributes", "coder", "modified");
        List<List<String>> rows = passages.stream().map(passage -> {
            Annotation annotation = passage.annotation();
            return List.of(String.valueOf(annotation.id()), String.valueOf(annotation.articleId()),
                    passage.title().orElse(""), date(passage.date()), passage.source().orElse(""),
                    String.valueOf(annotation.anchor().start()), String.valueOf(annotation.anchor().end()),
                    annotation.anchor().prefix(), annotation.anchor().exact(), annotation.anchor().suffix(),
                    codes(annotation, codebook), annotation.note(), attributes(annotation), annotation.coder(),
                    annotation.modified().toString());
        }).toList();
        return new Grid(header, rows);
    }

    /** Returns an annotation's codes as paths, joined with {@code ; }. */
    public static String codes(Annotation annotation, Codebook codebook) {
        return annotation.codeIds().stream()
                .map(id -> codebook.find(id).map(codebook::path).orElse(String.valueOf(id)))
                .collect(Collectors.joining("; "));
    }

    /** Returns an annotation's attribute values as {@code name=value}, joined with {@code ; }. */
    public static String attributes(Annotation annotation) {
        return annotation.attributes().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String date(Optional<ArticleDate> date) {
        return date.map(ArticleDate::iso).orElse("");
    }

    private static List<String> counts(List<String> labels, List<Counts> cells, Counts total, Counted unit) {
        List<String> row = new ArrayList<>(labels);
        cells.forEach(cell -> row.add(String.valueOf(cell.of(unit))));
        row.add(String.valueOf(total.of(unit)));
        return row;
    }
}
