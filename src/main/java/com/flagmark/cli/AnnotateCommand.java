package com.flagmark.cli;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.annotate.CodingRules;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flagmark annotate ID --start N --end N --code CODE}: codes a passage of an article. */
@Command(name = "annotate", description = "Code a passage of an article.")
final class AnnotateCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The article's id, as list and search print it.")
    long article;

    @Option(names = "--start", required = true, paramLabel = "N",
            description = "Where the passage starts, in code points of the article's text (show --json prints it).")
    int start;

    @Option(names = "--end", required = true, paramLabel = "N", description = "Where the passage ends (exclusive).")
    int end;

    @Option(names = "--code", required = true, paramLabel = "CODE",
            description = "A code's path, such as 措施/亮旗评比, or its id; repeat for several.")
    List<String> codes;

    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "A note on the passage.")
    String note;

    @Option(names = "--attr", paramLabel = "NAME=VALUE",
            description = "A value of one of the codes' attributes, such as value=98 or unit=%%; repeat for several.")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--coder", paramLabel = "NAME", description = "Who coded the passage (default: your user name).")
    String coder = System.getProperty("user.name", "");

    @Option(names = "--json", description = "Print the annotation as JSON.")
    boolean json;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    void run(LibrarySession session, PrintWriter out) {
        StoredArticle stored = session.article(article)
                .orElseThrow(() -> new FlagmarkException("There is no article " + article + " in the library."));
        Codebook codebook = session.codebook();
        List<Long> codeIds = codes.stream().map(code -> known(codebook, code)).toList();
        Anchor anchor = anchor(stored.article().text());
        try {
            CodingRules.codes(codebook, codeIds, List.of());
            CodingRules.attributesFit(codebook, codeIds, attributes);
        } catch (FlagmarkException refused) {
            throw new RefusedInput(refused.getMessage());
        }
        Annotation annotation = session.annotate(article, anchor, codeIds, note, attributes);
        out.println(json ? CliJson.write(CliJson.annotation(annotation, codebook))
                : "Stored annotation " + AnnotationsCommand.line(annotation, codebook));
    }

    @Override
    String coder() {
        return coder;
    }

    private Anchor anchor(String text) {
        try {
            return Anchors.of(text, start, end);
        } catch (FlagmarkException outside) {
            throw new RefusedInput(outside.getMessage());
        }
    }

    private static long known(Codebook codebook, String pathOrId) {
        return codebook.resolve(pathOrId).orElseThrow(() -> new RefusedInput("There is no code " + pathOrId
                + " in the codebook; 'flagmark codes' lists them.")).id();
    }
}
