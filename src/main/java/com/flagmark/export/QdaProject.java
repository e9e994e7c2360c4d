package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Fingerprint;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a project's {@code project.qde}: its coders as users, the codebook, the article
 * metadata's variables, each article as a text source with its coded passages as selections
 * and its metadata as variable values, and the annotations' notes. The texts themselves are
 * files beside it in the archive.
 */
final class QdaProject {

    private static final int NAME_LENGTH = 40;

    private final String name;
    private final String origin;
    private final Codebook codebook;
    private final List<Source> sources;

    /**
     * @param name the project's name
     * @param origin the program that wrote it, such as {@code Flagmark 0.1.0}
     */
    QdaProject(String name, String origin, Codebook codebook, List<Source> sources) {
        this.name = name;
        this.origin = origin;
        this.codebook = codebook;
        this.sources = List.copyOf(sources);
    }

    /** Writes the project as UTF-8 XML into the stream, which stays open. */
    void write(OutputStream out) throws IOException {
        List<Annotation> annotations = sources.stream().flatMap(source -> source.annotations().stream()).toList();
        QdaXmlWriter xml = QdaXmlWriter.document(out, "Project", RefiQda.PROJECT_NAMESPACE)
                .attribute("name", name)
                .attribute("origin", origin);
        // The dates of the coding itself, not of the export, so that the same library exports the same file.
        if (!annotations.isEmpty()) {
            xml.attribute("creationDateTime", QdaXmlWriter.dateTime(annotations.stream().map(Annotation::created)
                    .min(Comparator.naturalOrder()).orElseThrow()));
            xml.attribute("modifiedDateTime", QdaXmlWriter.dateTime(annotations.stream().map(Annotation::modified)
                    .max(Comparator.naturalOrder()).orElseThrow()));
        }
        users(xml, annotations);
        if (!codebook.roots().isEmpty()) {
            xml.start("CodeBook");
            QdaCodes.write(xml, codebook);
            xml.end();
        }
        variables(xml);
        if (!sources.isEmpty()) {
            xml.start("Sources");
            for (Source source : sources) {
                source(xml, source);
            }
            xml.end();
        }
        notes(xml, annotations);
        xml.finish();
    }

    /** Returns a text as a name: on one line, and cut to {@value #NAME_LENGTH} code points. */
    static String label(String text) {
        String line = text.replaceAll("\\s*\\R\\s*", " ").strip();
        if (CanonicalText.length(line) <= NAME_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, NAME_LENGTH)) + "…";
    }

    private static void users(QdaXmlWriter xml, List<Annotation> annotations) throws IOException {
        Set<String> coders = annotations.stream().map(Annotation::coder).collect(Collectors.toCollection(TreeSet::new));
        if (coders.isEmpty()) {
            return;
        }
        xml.start("Users");
        for (String coder : coders) {
            xml.empty("User").attribute("guid", RefiQda.userGuid(coder)).attribute("name", coder);
        }
        xml.end();
    }

    private static void variables(QdaXmlWriter xml) throws IOException {
        xml.start("Variables");
        for (String variable : RefiQda.VARIABLES) {
            xml.empty("Variable").attribute("guid", RefiQda.variableGuid(variable)).attribute("name", variable)
                    .attribute("typeOfVariable", "Text");
        }
        xml.end();
    }

    private static void source(QdaXmlWriter xml, Source source) throws IOException {
        xml.start("TextSource")
                .attribute("guid", source.guid())
                .attribute("name", source.name())
                .attribute("plainTextPath", RefiQda.INTERNAL + source.guid() + ".txt");
        for (Annotation annotation : source.annotations()) {
            selection(xml, annotation);
        }
        for (Map.Entry<String, String> value : source.variables().entrySet()) {
            xml.start("VariableValue");
            xml.empty("VariableRef").attribute("targetGUID", RefiQda.variableGuid(value.getKey()));
            xml.textElement("TextValue", value.getValue());
            xml.end();
        }
        xml.end();
    }

    private static void selection(QdaXmlWriter xml, Annotation annotation) throws IOException {
        String user = RefiQda.userGuid(annotation.coder());
        xml.start("PlainTextSelection")
                .attribute("guid", RefiQda.selectionGuid(annotation.id()))
                .attribute("name", label(annotation.anchor().exact()))
                .attribute("startPosition", String.valueOf(annotation.anchor().start()))
                .attribute("endPosition", String.valueOf(annotation.anchor().end()));
        made(xml, user, annotation.created(), annotation.modified());
        if (!annotation.attributes().isEmpty()) {
            xml.textElement("Description", RefiQda.attributesDescription(annotation.attributes()));
        }
        for (long codeId : annotation.codeIds()) {
            xml.start("Coding")
                    .attribute("guid", RefiQda.codingGuid(annotation.id(), codeId))
                    .attribute("creatingUser", user)
                    .attribute("creationDateTime", QdaXmlWriter.dateTime(annotation.created()));
            xml.empty("CodeRef").attribute("targetGUID", RefiQda.codeGuid(codeId));
            xml.end();
        }
        if (!annotation.note().isEmpty()) {
            xml.empty("NoteRef").attribute("targetGUID", RefiQda.noteGuid(annotation.id()));
        }
        xml.end();
    }

    private static void notes(QdaXmlWriter xml, List<Annotation> annotations) throws IOException {
        List<Annotation> noted = annotations.stream().filter(annotation -> !annotation.note().isEmpty()).toList();
        if (noted.isEmpty()) {
            return;
        }
        xml.start("Notes");
        for (Annotation annotation : noted) {
            xml.start("Note")
                    .attribute("guid", RefiQda.noteGuid(annotation.id()))
                    .attribute("name", label(annotation.note()));
            made(xml, RefiQda.userGuid(annotation.coder()), annotation.created(), annotation.modified());
            xml.textElement("PlainTextContent", annotation.note());
            xml.end();
        }
        xml.end();
    }

    /** Writes who made the element and when; Flagmark keeps one coder per annotation, who also changed it. */
    private static void made(QdaXmlWriter xml, String user, Instant created, Instant modified) throws IOException {
        xml.attribute("creatingUser", user)
                .attribute("creationDateTime", QdaXmlWriter.dateTime(created))
                .attribute("modifyingUser", user)
                .attribute("modifiedDateTime", QdaXmlWriter.dateTime(modified));
    }

    /**
     * An article as the project lists it.
     *
     * @param guid the source's GUID, from the article's fingerprint
     * @param name the title, or the text's first line where the article has none
     * @param variables the values of {@link RefiQda#VARIABLES} the article has, in that order
     * @param annotations the selections of the source
     */
    record Source(String guid, String name, Map<String, String> variables, List<Annotation> annotations) {

        Source {
            variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
            annotations = List.copyOf(annotations);
        }

        /** Returns the source of an article, with the annotations exported of it. */
        static Source of(Article article, List<Annotation> annotations) {
            String name = article.title().orElseGet(() -> article.text().lines().findFirst().orElse(""));
            return new Source(RefiQda.sourceGuid(Fingerprint.of(article)), label(name), variables(article), annotations);
        }

        private static Map<String, String> variables(Article article) {
            Map<String, String> values = new LinkedHashMap<>();
            article.title().ifPresent(title -> values.put(RefiQda.TITLE, title));
            article.kicker().ifPresent(kicker -> values.put(RefiQda.KICKER, kicker));
            article.date().map(ArticleDate::iso).ifPresent(date -> values.put(RefiQda.DATE, date));
            article.source().ifPresent(source -> values.put(RefiQda.SOURCE, source));
            if (!article.credits().isEmpty()) {
                values.put(RefiQda.AUTHORS, RefiQda.authors(article.credits()));
            }
            article.url().ifPresent(url -> values.put(RefiQda.URL, url));
            if (article.story().isPartOfPage()) {
                values.put(RefiQda.STORY, article.story().index() + "/" + article.story().count());
            }
            if (!article.blocks().isEmpty()) {
                values.put(RefiQda.BLOCKS, article.blocks().stream().map(Block::kind).map(BlockKind::id)
                        .collect(Collectors.joining(",")));
            }
            return values;
        }
    }
}
