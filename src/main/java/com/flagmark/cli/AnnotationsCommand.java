package com.flagmark.cli;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import com.flagmark.usecase.LibrarySession;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flagmark annotations [ID]}: the annotations of the library, or of one article. */
@Command(name = "annotations", description = "List the annotations of the library, or of one article.")
final class AnnotationsCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "An article's id; without one, every article.")
    Long article;

    @Option(names = "--json", description = "Print the annotations as JSON.")
    boolean json;

    @Override
    void run(LibrarySession session, PrintWriter out) {
        List<Annotation> annotations;
        if (article == null) {
            annotations = session.annotations();
        } else {
            session.article(article)
                    .orElseThrow(() -> new FlagmarkException("There is no article " + article + " in the library."));
            annotations = session.annotations(article);
        }
        Codebook codebook = session.codebook();
        if (json) {
            out.println(CliJson.write(CliJson.annotations(annotations, codebook)));
            return;
        }
        annotations.forEach(annotation -> out.println(line(annotation, codebook)));
        if (annotations.isEmpty()) {
            out.println("No annotations yet. Code a passage with: flagmark annotate ID --start N --end N --code CODE");
        }
    }

    /** One annotation on one line: id, article, span, codes, quote and note. */
    static String line(Annotation annotation, Codebook codebook) {
        String codes = annotation.codeIds().stream().map(id -> CliJson.path(codebook, id))
                .collect(Collectors.joining(", "));
        return String.format("%d  article %d  %d–%d  %s  「%s」%s%s", annotation.id(), annotation.articleId(),
                annotation.anchor().start(), annotation.anchor().end(), codes,
                annotation.anchor().exact().replace('\n', ' '),
                annotation.note().isEmpty() ? "" : "  " + annotation.note().replace('\n', ' '),
                annotation.orphaned() ? "  (orphaned)" : "");
    }
}
