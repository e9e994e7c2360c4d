package com.flagmark.cli;

import com.flagmark.library.ArticleFilter;
import com.flagmark.library.SearchHit;
import com.flagmark.library.SearchResult;
import com.flagmark.library.Snippet;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flagmark search QUERY}: full-text search, best first; with {@code --count}, how many articles match each query. */
@Command(name = "search", description = "Search the full text of the library, best matches first.")
final class SearchCommand extends LibraryCommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = "Words to find; several words must all occur. Any character is searched for as text."
                    + " With --count, each word is a query of its own.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--count", description = "Print how many articles match each QUERY, and nothing else.")
    boolean count;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        SearchIndexWait.beforeSearching(session, spec);
        if (count) {
            printCounts(session, out);
            return;
        }
        SearchResult result = session.search(String.join(" ", words), ArticleFilter.ALL, Math.max(1, limit));
        if (json) {
            out.println(CliJson.write(CliJson.hits(result.hits())));
            return;
        }
        for (SearchHit hit : result.hits()) {
            out.printf("%6d  %s%n        %s%n", hit.id(), hit.title().orElse("(untitled)"), marked(hit.snippet()));
        }
        out.println(result.total() == 0 ? "No article matches."
                : String.format("%,d of %,d matching articles shown.", result.hits().size(), result.total()));
        if (result.shortened()) {
            out.printf("The query is too long: only its first %d characters were searched for.%n",
                    SearchResult.mostCharacters());
        }
    }

    private void printCounts(LibrarySession session, PrintWriter out) {
        List<CliJson.Count> counts = words.stream().map(query -> {
            long start = System.nanoTime();
            long total = session.count(query);
            return new CliJson.Count(query, total, (System.nanoTime() - start) / 1e6);
        }).toList();
        if (json) {
            out.println(CliJson.write(CliJson.counts(counts)));
            return;
        }
        for (CliJson.Count each : counts) {
            out.printf("%,10d  %s%n", each.total(), each.query());
        }
    }

    /** Marks hits with 【 】 for reading on a terminal. */
    private static String marked(Snippet snippet) {
        StringBuilder text = new StringBuilder(snippet.text());
        List<Snippet.Mark> marks = snippet.marks();
        for (int i = marks.size() - 1; i >= 0; i--) {
            text.insert(marks.get(i).end(), '】').insert(marks.get(i).start(), '【');
        }
        return text.toString();
    }
}
