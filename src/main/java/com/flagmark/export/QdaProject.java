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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a project's {@code project.qde}: its coders as users, the codebook, the article
 * metadata's variables, each article as a text source with its coded passages as selections
 * and its metadata as variable values, and the annotations' notes. The texts themselves are
 * files beside it in the archive. The sources are read twice, once for the selections and
 * once for the notes, one article at a time, so a project of any size is written in little
 * memory. Where a note goes is recorded in docs/decisions/0015-notes-and-guids-in-refi-qda.md.
 */
final class QdaProject {

    private static final int NAME_LENGTH = 40;

    private final String name;
    private final String origin;
    private final Codebook codebook;
    private final QdaGuids guids;

    /**
     * @param name the project's name
     * @param origin the program that wrote it, such as {@code Flagmark 0.1.0}
     */
    QdaProject(String name, String origin, Codebook codebook, QdaGuids guids) {
        this.name = name;
        this.origin = origin;
        this.codebook = codebook;
        this.guids = guids;
    }

    /**
     * Writes the project as UTF-8 XML into the stream, which stays open.
     *
     * @param summary who coded the sources' annotations and when, and whether any has a note
     * @param sources the sources in order; each iteration reads them afresh, and they are
     *        read a second time for the notes where there are notes
     */
    void write(OutputStream out, Summary summary, Iterable<Source> sources) throws IOException {
        QdaXmlWriter xml = QdaXmlWriter.document(out, "Project", RefiQda.PROJECT_NAMESPACE)
                .attribute("name", name)
                .attribute("origin", origin);
        // The dates of the coding itself, not of the export, so that the same library exports the same file.
        if (summary.first().isPresent()) {
            xml.attribute("creationDateTime", QdaXmlWriter.dateTime(summary.first().get()));
            xml.attribute("modifiedDateTime", QdaXmlWriter.dateTime(summary.last().orElseThrow()));
        }
        users(xml, summary.coders());
        if (!codebook.roots().isEmpty()) {
            xml.start("CodeBook");
            QdaCodes.write(xml, codebook, guids);
            xml.end();
        }
        variables(xml);
        boolean started = false;
        for (Source source : sources) {
            if (!started) {
                xml.start("Sources");
                started = true;
            }
            source(xml, source);
        }
        if (started) {
            xml.end();
        }
        if (summary.noted()) {
            notes(xml, sources);
        }
        xml.finish();
    }

    /** Returns a text as a name: on one line, and cut to {@value #NAME_LENGTH} code points. */
    static String label(String text) {
        String line = text.replaceAll("\\s*\\R\\s*", " ").strip();
        if (CanonicalText.length(line) <= NAME_LENGTH) {
            return line;
        }
        return CanonicalText.slice(line, 0, NAME_LENGTH) + "…";
    }

    private void users(QdaXmlWriter xml, Set<String> coders) throws IOException {
        if (coders.isEmpty()) {
            return;
        }
        xml.start("Users");
        for (String coder : coders) {
            xml.empty("User").attribute("guid", guids.user(coder)).attribute("name", coder);
        }
        xml.end();
    }

    private void variables(QdaXmlWriter xml) throws IOException {
        xml.start("Variables");
        for (String variable : RefiQda.VARIABLES) {
            xml.empty("Variable").attribute("guid", guids.variable(variable)).attribute("name", variable)
                    .attribute("typeOfVariable", "Text");
        }
        xml.end();
    }

    private void source(QdaXmlWriter xml, Source source) throws IOException {
        String guid = guids.source(source.fingerprint());
        xml.start("TextSource")
                .attribute("guid", guid)
                .attribute("name", source.name())
                .attribute("plainTextPath", RefiQda.INTERNAL + guid + ".txt");
        for (Annotation annotation : source.annotations()) {
            selection(xml, annotation);
        }
        // QualCoder reads a passage's memo from a note the source itself refers to.
        for (Annotation annotation : source.annotations()) {
            if (!annotation.note().isEmpty()) {
                xml.empty("NoteRef").attribute("targetGUID", guids.note(annotation.id()));
            }
        }
        for (Map.Entry<String, String> value : source.variables().entrySet()) {
            xml.start("VariableValue");
            xml.empty("VariableRef").attribute("targetGUID", guids.variable(value.getKey()));
            xml.textElement("TextValue", value.getValue());
            xml.end();
        }
        xml.end();
    }

    private void selection(QdaXmlWriter xml, Annotation annotation) throws IOException {
        String user = guids.user(annotation.coder());
        xml.start("PlainTextSelection")
                .attribute("guid", guids.selection(annotation.id()))
                .attribute("name", label(annotation.anchor().exact()))
                .attribute("startPosition", String.valueOf(annotation.anchor().start()))
                .attribute("endPosition", String.valueOf(annotation.anchor().end()));
        made(xml, user, annotation.created(), annotation.modified());
        String description = RefiQda.selectionDescription(annotation.note(), annotation.attributes());
        if (!description.isEmpty()) {
            xml.textElement("Description", description);
        }
        for (long codeId : annotation.codeIds()) {
            xml.start("Coding")
                    .attribute("guid", guids.coding(annotation.id(), codeId))
                    .attribute("creatingUser", user)
                    .attribute("creationDateTime", QdaXmlWriter.dateTime(annotation.created()));
            xml.empty("CodeRef").attribute("targetGUID", guids.code(codeId));
            xml.end();
        }
        if (!annotation.note().isEmpty()) {
            xml.empty("NoteRef").attribute("targetGUID", guids.note(annotation.id()));
        }
        xml.end();
    }

    private void notes(QdaXmlWriter xml, Iterable<Source> sources) throws IOException {
        xml.start("Notes");
        for (Source source : sources) {
            for (Annotation annotation : source.annotations()) {
                if (!annotation.note().isEmpty()) {
                    note(xml, annotation);
                }
            }
        }
        xml.end();
    }

    /** A note, with a selection of the passage it is about, as QualCoder reads an annotation. */
    private void note(QdaXmlWriter xml, Annotation annotation) throws IOException {
        String user = guids.user(annotation.coder());
        xml.start("Note")
                .attribute("guid", guids.note(annotation.id()))
                .attribute("name", label(annotation.note()));
        made(xml, user, annotation.created(), annotation.modified());
        xml.textElement("PlainTextContent", annotation.note());
        xml.empty("PlainTextSelection")
                .attribute("guid", guids.noteSelection(annotation.id()))
                .attribute("name", label(annotation.anchor().exact()))
                .attribute("startPosition", String.valueOf(annotation.anchor().start()))
                .attribute("endPosition", String.valueOf(annotation.anchor().end()));
        made(xml, user, annotation.created(), annotation.modified());
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
     * Who coded a project's annotations, when the first was made and the last changed, and
     * whether any has a note; gathered while the sources' texts are written, before the
     * project file.
     */
    static final class Summary {

        private final Set<String> coders = new TreeSet<>();
        private Instant first;
        private Instant last;
        private int annotations;
        private boolean noted;

        /** Counts an annotation in. */
        void add(Annotation annotation) {
            coders.add(annotation.coder());
            noted |= !annotation.note().isEmpty();
            first = first == null || annotation.created().isBefore(first) ? annotation.created() : first;
            last = last == null || annotation.modified().isAfter(last) ? annotation.modified() : last;
            annotations++;
        }

        Set<String> coders() {
            return Collections.unmodifiableSet(coders);
        }

        Optional<Instant> first() {
            return Optional.ofNullable(first);
        }

        Optional<Instant> last() {
            return Optional.ofNullable(last);
        }

        int annotations() {
            return annotations;
        }

        /** Tells whether any annotation has a note. */
        boolean noted() {
            return noted;
        }
    }

    /**
     * An article as the project lists it.
     *
     * @param fingerprint the article's fingerprint, from which its GUID comes
     * @param name the title, or the text's first line where the article has none
     * @param text the canonical text, which the archive holds beside the project
     * @param variables the values of {@link RefiQda#VARIABLES} the article has, in that order
     * @param annotations the selections of the source
     */
    record Source(String fingerprint, String name, String text, Map<String, String> variables,
            List<Annotation> annotations) {

        Source {
            variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
            annotations = List.copyOf(annotations);
        }

        /** Returns the source of an article, with the annotations exported of it. */
        static Source of(Article article, List<Annotation> annotations) {
            String name = article.title().orElseGet(() -> article.text().lines().findFirst().orElse(""));
            return new Source(Fingerprint.of(article), label(name), article.text(), variables(article), annotations);
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
