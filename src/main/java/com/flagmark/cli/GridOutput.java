package com.flagmark.cli;

import com.flagmark.usecase.Grid;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Option;

/** How an analysis command prints its table: JSON, CSV, or aligned by tabs for reading on a terminal. */
final class GridOutput {

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print the result as CSV (RFC 4180, UTF-8, a header line first).")
    boolean csv;

    /** Prints a grid as CSV, or as tab-separated lines when neither format was asked for. */
    static void print(Grid grid, boolean asCsv, PrintWriter out) {
        if (!asCsv) {
            out.println(String.join("\t", grid.header()));
            grid.rows().forEach(row -> out.println(String.join("\t", row.stream()
                    .map(cell -> cell.replace('\n', ' ').replace('\t', ' ')).toList())));
            return;
        }
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(grid.header());
            for (List<String> row : grid.rows()) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Refuses both formats at once. */
    void check() {
        if (json && csv) {
            throw new RefusedInput("Choose --json or --csv, not both.");
        }
    }
}
