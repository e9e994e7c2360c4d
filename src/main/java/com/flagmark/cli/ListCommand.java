package com.flagmark.cli;

import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.ArticleDate;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flagmark list}: every article in the library, in the order it was imported. */
@Command(name = "list", description = "List the articles in the library.")
final class ListCommand extends LibraryOption implements Runnable {

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        try (Library library = openLibrary()) {
            List<ArticleSummary> articles = library.articles().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(CliJson.write(CliJson.summaries(articles)));
                return;
            }
            for (ArticleSummary article : articles) {
                out.printf("%6d  %-25s  %-12s  %s%n", article.id(),
                        article.date().map(ArticleDate::iso).orElse("-"),
                        article.source().orElse("-"),
                        article.title().orElse("(untitled)"));
            }
            if (articles.isEmpty()) {
                out.println("The library is empty. Import a folder with: flagmark import FOLDER");
            }
        }
    }
}
