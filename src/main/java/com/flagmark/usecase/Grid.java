package com.flagmark.usecase;

import java.util.List;

/**
 * A table as text, the same for a CSV file, a spreadsheet and a terminal: a header and rows of
 * cells, every row as long as the header.
 */
public record Grid(List<String> header, List<List<String>> rows) {

    public Grid {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " cells under " + header.size() + " headings");
            }
        }
    }
}
