package com.flagmark.cli;

import com.flagmark.library.ArticleSummary;
import com.flagmark.model.ArticleDate;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flagmark list}: every article in the library, in the order it was imported. */
@Command(name = "list", description = "List the articles in the library.")
final class ListCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;


    private static final int SOURCE_COLUMNS = 16;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        List<ArticleSummary> articles = session.articles();
        if (json) {
            out.println(CliJson.write(CliJson.summaries(articles)));
            return;
        }
        for (ArticleSummary article : articles) {
            out.printf("%6d  %-25s  %s  %s%n", article.id(),
                    article.date().map(ArticleDate::iso).orElse("-"),
                    padded(article.source().orElse("-"), SOURCE_COLUMNS),
                    article.title().orElse("(untitled)"));
        }
        if (articles.isEmpty()) {
            out.println("The library is empty. Import a folder with: flagmark import FOLDER");
        }
    }

    /** Pads text to a number of terminal columns; Chinese characters take two. */
    static String padded(String text, int columns) {
        int width = text.codePoints().map(ListCommand::columnsOf).sum();
        return text + " ".repeat(Math.max(0, columns - width));
    }

    private static int columnsOf(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN || codePoint >= 0x3000 && codePoint <= 0x303F
                || codePoint >= 0xFF01 && codePoint <= 0xFF60;
        return wide ? 2 : 1;
    }
}
