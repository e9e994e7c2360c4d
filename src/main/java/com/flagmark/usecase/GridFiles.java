package com.flagmark.usecase;

import com.flagmark.export.AtomicFile;
import com.flagmark.model.FlagmarkException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Saves a table for a spreadsheet: CSV in UTF-8 with a byte order mark, so Excel reads the Chinese; whole or not at all. */
public final class GridFiles {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private GridFiles() {
    }

    /**
     * Writes the grid to {@code file} as CSV (RFC 4180).
     *
     * @throws FlagmarkException if the file cannot be written; nothing is then written
     */
    public static void writeCsv(Grid grid, Path file) {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(grid.header());
            for (List<String> row : grid.rows()) {
                printer.printRecord(row);
            }
            printer.flush();
        });
    }
}
