package com.flagmark.bench;

import com.flagmark.library.Library;
import java.nio.file.Path;

/**
 * Times the pasted-page queries (2,000 and 10,000 characters) on a library built already, such
 * as one a benchmark run left: {@code java -cp … com.flagmark.bench.LongQueries LIBRARY}. The
 * library is opened as it is; while another program holds its search index, its last commit is
 * searched.
 */
public final class LongQueries {

    private LongQueries() {
    }

    public static void main(String[] args) throws Exception {
        try (Library library = Library.openExisting(Path.of(args[0]))) {
            System.out.printf("%,d articles%n%n", library.articles().count());
            Benchmark.longQueries(library);
        }
    }
}
