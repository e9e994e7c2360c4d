package com.flagmark.cli;

import com.flagmark.library.ArticleSummary;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Correction;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.MetadataField;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.MetadataCorrections;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flagmark edit ID… --date 2023-02-07 --source 潍坊日报}: corrects the metadata of one or
 * more articles. The corrections stand over what the cleaner read and survive cleaning again.
 */
@Command(name = "edit", description = "Correct the title, date, source, authors or URL of one or more articles.")
final class EditCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The articles' ids, as list and search print them.")
    List<Long> articles;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title; \"\" says the article has none.")
    String title;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The date, as 2023-02-07 or 2023-02-07T09:30:00; \"\" says the article has none.")
    String date;

    @Option(names = "--source", paramLabel = "NAME",
            description = "The paper or site, such as 潍坊日报; \"\" says none is known.")
    String source;

    @Option(names = "--author", paramLabel = "NAME",
            description = "An author; repeat for several, in order. \"\" says there are none.")
    List<String> authors;

    @Option(names = "--url", paramLabel = "URL", description = "The original link; \"\" says there is none.")
    String url;

    @Option(names = "--reset", paramLabel = "FIELD", split = ",",
            description = "Take back the corrections of these fields (title, date, source, authors, url).")
    List<String> reset = new ArrayList<>();

    @Option(names = "--json", description = "Print the articles as corrected, as JSON.")
    boolean json;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    void run(LibrarySession session, PrintWriter out) {
        for (long id : articles) {
            session.article(id).orElseThrow(() -> new FlagmarkException("There is no article " + id + " in the library."));
        }
        MetadataCorrections corrections = new MetadataCorrections(session);
        List<Correction> changes = corrections();
        Set<MetadataField> resets = resets();
        if (changes.isEmpty() && resets.isEmpty()) {
            throw new RefusedInput("Say what to correct: --title, --date, --source, --author, --url or --reset.");
        }
        if (!changes.isEmpty()) {
            session.perform(edits -> corrections.correct(articles, changes));
        }
        if (!resets.isEmpty()) {
            session.perform(edits -> corrections.reset(articles, resets));
        }
        List<ArticleSummary> edited = session.summaries(articles);
        if (json) {
            ArrayNode array = CliJson.summaries(edited);
            for (int i = 0; i < edited.size(); i++) {
                ArrayNode fields = ((ObjectNode) array.get(i)).putArray("corrected");
                corrections.of(edited.get(i).id()).keySet().forEach(field -> fields.add(field.id()));
            }
            out.println(CliJson.write(array));
            return;
        }
        for (ArticleSummary article : edited) {
            out.printf("%6d  %-25s  %s  %s%n", article.id(), article.date().map(ArticleDate::iso).orElse("-"),
                    ListCommand.padded(article.source().orElse("-"), 16), article.title().orElse("(untitled)"));
        }
    }

    private List<Correction> corrections() {
        List<Correction> changes = new ArrayList<>();
        try {
            add(changes, MetadataField.TITLE, title);
            add(changes, MetadataField.DATE, date);
            add(changes, MetadataField.SOURCE, source);
            add(changes, MetadataField.URL, url);
            if (authors != null) {
                changes.add(Correction.authors(authors));
            }
        } catch (FlagmarkException refused) {
            throw new RefusedInput(refused.getMessage());
        }
        return changes;
    }

    private static void add(List<Correction> changes, MetadataField field, String value) {
        if (value != null) {
            changes.add(Correction.of(field, value));
        }
    }

    private Set<MetadataField> resets() {
        Set<MetadataField> fields = EnumSet.noneOf(MetadataField.class);
        for (String name : reset) {
            fields.add(MetadataField.fromId(name.strip()).orElseThrow(() -> new RefusedInput("--reset takes title,"
                    + " date, source, authors or url, not \"" + name + "\".")));
        }
        return fields;
    }
}
