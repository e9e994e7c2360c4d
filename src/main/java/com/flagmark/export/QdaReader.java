package com.flagmark.export;

import com.flagmark.export.AnnotationImportReport.Unmatched;
import com.flagmark.export.Incoming.ArticleReference;
import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.export.Incoming.IncomingCode;
import com.flagmark.export.Incoming.IncomingSource;
import com.flagmark.model.Anchor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads REFI-QDA (QDA-XML 1.0): a project ({@code .qdpx}, or its {@code project.qde} alone)
 * with its codes, text sources and their coded selections, or a codebook ({@code .qdc}). What
 * Flagmark put where QDA-XML has no place ({@link RefiQda}) is read back; what another tool
 * wrote is read as far as it goes: a source's text from {@code sources/}, or from its
 * {@code PlainTextContent}; its name as the title; blank lines dropped with the positions
 * following the text. Sources that are not text are reported, not imported.
 */
final class QdaReader {

    static final String PROJECT_FORMAT = "REFI-QDA project";
    static final String CODEBOOK_FORMAT = "REFI-QDA codebook";

    private final String fileName;
    private final Map<String, byte[]> sourceFiles;
    private final Map<String, List<String>> codePaths = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final List<IncomingCode> codes = new ArrayList<>();
    private final List<IncomingSource> sources = new ArrayList<>();
    private final List<IncomingAnnotation> annotations = new ArrayList<>();
    private final List<Unmatched> skipped = new ArrayList<>();

    private QdaReader(String fileName, Map<String, byte[]> sourceFiles) {
        this.fileName = fileName;
        this.sourceFiles = sourceFiles;
    }

    /**
     * Reads a {@code .qdpx} archive.
     *
     * @throws RefusedFile if it is not a safe zip holding a project
     */
    static Incoming project(byte[] zip, String fileName) {
        return project(QdpxArchive.open(zip, fileName, QdpxArchive.Limits.DEFAULT), fileName);
    }

    static Incoming project(QdpxArchive archive, String fileName) {
        Document document = QdaXml.parse(archive.project(), fileName + "/" + RefiQda.PROJECT_ENTRY);
        QdaXml.checkRoot(document, "Project", RefiQda.PROJECT_NAMESPACE, fileName);
        return new QdaReader(fileName, archive.sources()).readProject(document.getDocumentElement());
    }

    /**
     * Reads a codebook, or a project file outside its archive.
     *
     * @throws RefusedFile if it is not well-formed XML of either kind
     */
    static Incoming xml(byte[] bytes, String fileName) {
        Document document = QdaXml.parse(bytes, fileName);
        Element root = document.getDocumentElement();
        if ("Project".equals(root.getLocalName())) {
            QdaXml.checkRoot(document, "Project", RefiQda.PROJECT_NAMESPACE, fileName);
            return new QdaReader(fileName, Map.of()).readProject(root);
        }
        QdaXml.checkRoot(document, "CodeBook", RefiQda.CODEBOOK_NAMESPACE, fileName);
        QdaReader reader = new QdaReader(fileName, Map.of());
        QdaXml.child(root, "Codes").ifPresent(codes -> reader.codes(codes, List.of()));
        return new Incoming(CODEBOOK_FORMAT, reader.codes, List.of(), List.of(), List.of());
    }

    private Incoming readProject(Element project) {
        QdaXml.child(project, "Users").ifPresent(list -> QdaXml.children(list, "User")
                .forEach(user -> users.put(user.getAttribute("guid"), user.getAttribute("name"))));
        QdaXml.child(project, "CodeBook").flatMap(book -> QdaXml.child(book, "Codes"))
                .ifPresent(list -> codes(list, List.of()));
        QdaXml.child(project, "Variables").ifPresent(list -> QdaXml.children(list, "Variable")
                .forEach(variable -> variables.put(variable.getAttribute("guid"), variable.getAttribute("name"))));
        QdaXml.child(project, "Notes").ifPresent(list -> QdaXml.children(list, "Note")
                .forEach(note -> notes.put(note.getAttribute("guid"), QdaXml.childText(note, "PlainTextContent"))));
        boolean titled = variables.containsValue(RefiQda.TITLE);
        QdaXml.child(project, "Sources").ifPresent(list -> QdaXml.elements(list).forEach(source -> {
            if ("TextSource".equals(source.getLocalName())) {
                textSource(source, titled);
            } else {
                skipped.add(new Unmatched("", source.getAttribute("name"),
                        "Not imported: a " + source.getLocalName() + "; Flagmark reads text sources only."));
            }
        }));
        return new Incoming(PROJECT_FORMAT, codes, sources, annotations, skipped);
    }

    private void codes(Element parent, List<String> parentPath) {
        for (Element code : QdaXml.children(parent, "Code")) {
            List<String> path = new ArrayList<>(parentPath);
            path.add(name(code.getAttribute("name")));
            String colour = code.getAttribute("color");
            codes.add(new IncomingCode(path, !"false".equals(code.getAttribute("isCodable")),
                    Optional.of(colour.toUpperCase(Locale.ROOT)).filter(hex -> hex.matches("#[0-9A-F]{6}")),
                    RefiQda.parseCodeDescription(QdaXml.childText(code, "Description"))));
            codePaths.put(code.getAttribute("guid"), List.copyOf(path));
            codes(code, path);
        }
    }

    /** A code's name as a name in a path: not blank, and a slash in it written full-width. */
    private static String name(String name) {
        String cleaned = name.strip().replace('/', '／');
        return cleaned.isEmpty() ? "?" : cleaned;
    }

    private void textSource(Element source, boolean titled) {
        String name = source.getAttribute("name");
        Optional<String> text = text(source);
        if (text.isEmpty()) {
            skipped.add(new Unmatched("", name, "Not imported: its text is not inside " + fileName + "."));
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (Element value : QdaXml.children(source, "VariableValue")) {
            QdaXml.child(value, "VariableRef").map(ref -> variables.get(ref.getAttribute("targetGUID")))
                    .ifPresent(variable -> values.put(variable, QdaXml.childText(value, "TextValue")));
        }
        Optional<String> title = titled || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
        Optional<SourceText> read = SourceText.of(text.get(), values, title);
        if (read.isEmpty()) {
            skipped.add(new Unmatched("", name, "Not imported: its text is empty."));
            return;
        }
        String key = source.getAttribute("guid");
        sources.add(new IncomingSource(key, read.get().article()));
        ArticleReference article = new ArticleReference(Optional.of(key), Optional.empty(),
                read.get().article().url(), read.get().article().title().or(() -> Optional.of(name)));
        for (Element selection : QdaXml.children(source, "PlainTextSelection")) {
            selection(selection, read.get(), article);
        }
    }

    private Optional<String> text(Element source) {
        String path = source.getAttribute("plainTextPath");
        if (path.startsWith(RefiQda.INTERNAL)) {
            String entry = RefiQda.SOURCES_FOLDER + path.substring(RefiQda.INTERNAL.length());
            byte[] bytes = sourceFiles.get(entry.toLowerCase(Locale.ROOT));
            if (bytes != null) {
                return Optional.of(QdaXml.utf8(bytes));
            }
        }
        return QdaXml.child(source, "PlainTextContent").map(Element::getTextContent);
    }

    private void selection(Element selection, SourceText source, ArticleReference article) {
        int start = QdaXml.integer(selection, "startPosition");
        int end = QdaXml.integer(selection, "endPosition");
        Optional<Anchor> anchor = source.anchor(start, end);
        String label = selection.getAttribute("name");
        if (anchor.isEmpty()) {
            skipped.add(new Unmatched(label, article.describe(),
                    "Not imported: its positions " + start + "–" + end + " hold no text of the source."));
            return;
        }
        List<List<String>> paths = new ArrayList<>();
        for (Element coding : QdaXml.children(selection, "Coding")) {
            QdaXml.child(coding, "CodeRef").map(ref -> codePaths.get(ref.getAttribute("targetGUID")))
                    .ifPresent(paths::add);
        }
        if (paths.isEmpty()) {
            skipped.add(new Unmatched(anchor.get().exact(), article.describe(),
                    "Not imported: it carries no code of the project's codebook."));
            return;
        }
        List<String> noteTexts = new ArrayList<>();
        for (Element ref : QdaXml.children(selection, "NoteRef")) {
            Optional.ofNullable(notes.get(ref.getAttribute("targetGUID"))).filter(note -> !note.isEmpty())
                    .ifPresent(noteTexts::add);
        }
        String coder = users.getOrDefault(selection.getAttribute("creatingUser"), "");
        annotations.add(new IncomingAnnotation(article, anchor.get(), true, paths, String.join("\n\n", noteTexts),
                RefiQda.parseAttributes(QdaXml.childText(selection, "Description")), coder));
    }
}
