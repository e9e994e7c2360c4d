package com.flagmark.cli;

import com.flagmark.library.StoredArticle;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.model.FlagmarkException;
import com.flagmark.render.ReaderHtml;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flagmark show ID}: one article, as text, JSON or the reader's HTML. */
@Command(name = "show", description = "Show one article.")
final class ShowCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The article's id, as list and search print it.")
    long id;

    @ArgGroup(exclusive = true)
    OutputFormat format = new OutputFormat();


    static final class OutputFormat {
        @Option(names = "--json", description = "Print the article, its blocks and canonical text as JSON.")
        boolean json;

        @Option(names = "--html", description = "Print the HTML page the reader shows.")
        boolean html;
    }

    @Override
    void run(LibrarySession session, PrintWriter out) {
        StoredArticle stored = session.article(id)
                .orElseThrow(() -> new FlagmarkException("There is no article " + id + " in the library."));
        if (format.json) {
            out.println(CliJson.write(CliJson.article(stored)));
        } else if (format.html) {
            out.print(ReaderHtml.page(stored.article()));
        } else {
            out.println(text(stored));
        }
    }

    private static String text(StoredArticle stored) {
        Article article = stored.article();
        StringBuilder text = new StringBuilder();
        article.kicker().ifPresent(kicker -> text.append(kicker).append('\n'));
        text.append(article.title().orElse("(untitled)")).append('\n');
        String meta = Stream.of(
                        article.date().map(ArticleDate::iso).orElse(""),
                        article.source().orElse(""),
                        article.authors().stream().map(Author::name).collect(Collectors.joining(" ")))
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" · "));
        if (!meta.isEmpty()) {
            text.append(meta).append('\n');
        }
        article.url().ifPresent(url -> text.append(url).append('\n'));
        text.append(stored.file());
        if (article.story().isPartOfPage()) {
            text.append(" (story ").append(article.story().index()).append(" of ").append(article.story().count())
                    .append(')');
        }
        text.append("\n\n");
        for (Block block : article.blocks()) {
            text.append(block.text()).append("\n\n");
        }
        return text.toString().stripTrailing();
    }
}
