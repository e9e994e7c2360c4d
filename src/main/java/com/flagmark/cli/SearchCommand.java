package com.flagmark.cli;

import com.flagmark.library.ArticleFilter;
import com.flagmark.library.SearchHit;
import com.flagmark.library.Snippet;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flagmark search QUERY}: full-text search, best first. */
@Command(name = "search", description = "Search the full text of the library, best matches first.")
final class SearchCommand extends LibraryCommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = "Words to find; several words must all occur. Any character is searched for as text.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;


    @Override
    void run(LibrarySession session, PrintWriter out) {
        List<SearchHit> hits = session.search(String.join(" ", words), ArticleFilter.ALL, Math.max(1, limit));
        if (json) {
            out.println(CliJson.write(CliJson.hits(hits)));
            return;
        }
        for (SearchHit hit : hits) {
            out.printf("%6d  %s%n        %s%n", hit.id(), hit.title().orElse("(untitled)"), marked(hit.snippet()));
        }
        if (hits.isEmpty()) {
            out.println("No article matches.");
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
