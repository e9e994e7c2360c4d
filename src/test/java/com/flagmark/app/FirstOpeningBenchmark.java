package com.flagmark.app;

import com.flagmark.library.ArticleSummary;
import com.flagmark.usecase.LibrarySession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The first opening where it matters: the window started in a Java of its own with the launcher's
 * settings on a large library (the window benchmark's 100,000 articles), the first article of its
 * list whose suggestions are not stored opened as the list shows, as a user reopening the library
 * would. Each run opens a fresh copy of the library, since the opening stores the article's
 * suggestions; the search index beside it is shared, read only. The library given is never
 * written to.
 */
final class FirstOpeningBenchmark {

    private FirstOpeningBenchmark() {
    }

    /** Arguments: the library, and how many runs (3 if not given). */
    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Files.isRegularFile(library)) {
            System.out.println("The first opening on a large library: skipped, no library at " + library
                    + " (-Pbench -Dbench.only=window makes it)");
            return;
        }
        Path work = Files.createTempDirectory("flagmark-first-opening-");
        try {
            Chosen chosen = firstNotStored(copy(library, work.resolve("count.sqlite")));
            for (int run = 1; run <= runs; run++) {
                Path fresh = copy(library, work.resolve("first-" + run + ".sqlite"));
                System.out.printf(Locale.ROOT, "%nThe first opening on %s (%,d articles), row %d of its list, %d"
                        + " suggestions, in a Java of its own as the list shows; run %d of %d (load average %.1f"
                        + " before)%n", library.getFileName(), chosen.articles(), chosen.row(), chosen.count(), run,
                        runs, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                SuggestionOpenBenchmark.firstOpeningApart(fresh, chosen.row(), chosen.count());
                deleteCopy(fresh);
            }
        } finally {
            deleteCopy(work.resolve("count.sqlite"));
            Files.deleteIfExists(work);
        }
    }

    /** The article opened first: its place in the list, how many suggestions it has, and how many articles the list holds. */
    private record Chosen(int row, int count, int articles) {
    }

    /**
     * Finds the first article of the list whose suggestions are not stored and that has some, in
     * a copy of the library made for counting them (computing them stores them).
     */
    private static Chosen firstNotStored(Path counting) {
        try (LibrarySession session = LibrarySession.open(counting, "bench")) {
            List<ArticleSummary> list = session.articles();
            for (int row = 0; row < list.size(); row++) {
                long id = list.get(row).id();
                if (session.suggestions().missing(List.of(id)) == 1) {
                    int count = session.suggestions().ofArticle(id).size();
                    if (count > 0) {
                        return new Chosen(row, count, list.size());
                    }
                }
            }
            throw new IllegalStateException("Every article of " + counting + " has its suggestions stored");
        }
    }

    /** Copies the library's file and its journal; its search index is linked, not copied. */
    private static Path copy(Path library, Path copy) throws IOException {
        Files.copy(library, copy);
        for (String journal : List.of("-wal", "-shm")) {
            Path source = library.resolveSibling(library.getFileName() + journal);
            if (Files.exists(source)) {
                Files.copy(source, copy.resolveSibling(copy.getFileName() + journal));
            }
        }
        Files.createSymbolicLink(copy.resolveSibling(copy.getFileName() + "-search"),
                library.resolveSibling(library.getFileName() + "-search"));
        return copy;
    }

    /** Deletes a copy and whatever the library made beside it (its journal, lock and backups), the linked index left alone. */
    private static void deleteCopy(Path copy) throws IOException {
        String name = copy.getFileName().toString();
        try (Stream<Path> beside = Files.list(copy.getParent())) {
            for (Path each : beside.filter(path -> path.getFileName().toString().startsWith(name)).toList()) {
                if (Files.isDirectory(each) && !Files.isSymbolicLink(each)) {
                    try (Stream<Path> inside = Files.walk(each)) {
                        for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                } else {
                    Files.delete(each);
                }
            }
        }
    }
}
