package com.flagmark.export;

import com.flagmark.export.Incoming.ArticleReference;
import com.flagmark.export.Incoming.IncomingSource;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads REFI-QDA (QDA-XML 1.0) as a stream: a project ({@code .qdpx}, or its
 * {@code project.qde} alone) with its codes, text sources and their coded selections, or a
 * codebook ({@code .qdc}). What Flagmark put where QDA-XML has no place ({@link RefiQda}) is
 * read back; what another tool wrote is read as far as it goes: a source's text from
 * {@code sources/}, or from its {@code PlainTextContent}; its name as the title; blank lines
 * dropped with the positions following the text; memos and notes on passages as the
 * annotations' notes ({@link QdaPassages}). A project is read twice: first its users and notes
 * ({@link QdaNotes}), then the rest, handed on source by source. Whatever is not imported —
 * sources that are not text, journals, memos of whole documents or codes, cases, sets, links,
 * graphs — is reported with why.
 */
final class QdaReader {

    static final String PROJECT_FORMAT = "REFI-QDA project";
    static final String CODEBOOK_FORMAT = "REFI-QDA codebook";

    private final String fileName;
    private final ImportLimits limits;
    private final Optional<QdpxArchive> archive;
    private final QdaNotes notes;
    private final Incoming incoming;
    private final QdaCodebookReader codebook;
    private final Map<String, String> variables = new HashMap<>();
    private boolean titled;
    /** Whether Flagmark wrote the project, whose every selection is one annotation. */
    private boolean flagmarks;

    private QdaReader(String fileName, ImportLimits limits, Optional<QdpxArchive> archive, QdaNotes notes,
            Incoming incoming) {
        this.fileName = fileName;
        this.limits = limits;
        this.archive = archive;
        this.notes = notes;
        this.incoming = incoming;
        this.codebook = new QdaCodebookReader(fileName, limits, incoming, notes);
    }

    /**
     * Reads a {@code .qdpx} archive into {@code incoming}; returns the format's name.
     *
     * @throws RefusedFile if it is not a safe zip holding a well-formed project
     */
    static String project(Path file, String fileName, ImportLimits limits, Incoming incoming, Progress progress) {
        try (QdpxArchive archive = QdpxArchive.open(file, fileName, limits)) {
            String name = fileName + "/" + RefiQda.PROJECT_ENTRY;
            QdaNotes notes;
            try (QdaXml xml = projectXml(archive.project(), name, limits)) {
                notes = QdaNotes.read(xml, name, limits);
            }
            InputStream read = new ProgressStream(archive.project(), archive.projectSize(), progress);
            try (QdaXml xml = projectXml(read, name, limits)) {
                new QdaReader(name, limits, Optional.of(archive), notes, incoming).readProject(xml);
            }
            return PROJECT_FORMAT;
        }
    }

    /**
     * Reads a codebook, or a project file outside its archive, into {@code incoming}; returns
     * the format's name.
     *
     * @throws RefusedFile if it is not well-formed XML of either kind
     */
    static String xml(Path file, String fileName, ImportLimits limits, Incoming incoming, Progress progress) {
        if ("Project".equals(read(file, in -> QdaXml.rootName(in, fileName, limits)))) {
            QdaNotes notes = read(file, in -> {
                try (QdaXml xml = projectXml(in, fileName, limits)) {
                    return QdaNotes.read(xml, fileName, limits);
                }
            });
            return read(file, in -> {
                try (QdaXml xml = projectXml(new ProgressStream(in, Files.size(file), progress), fileName, limits)) {
                    new QdaReader(fileName, limits, Optional.empty(), notes, incoming).readProject(xml);
                    return PROJECT_FORMAT;
                }
            });
        }
        read(file, in -> {
            try (QdaXml xml = QdaXml.open(in, fileName, limits, "CodeBook", RefiQda.CODEBOOK_NAMESPACE)) {
                QdaCodebookReader.check(xml, fileName, limits);
                return CODEBOOK_FORMAT;
            }
        });
        return read(file, in -> {
            try (QdaXml xml = QdaXml.open(in, fileName, limits, "CodeBook", RefiQda.CODEBOOK_NAMESPACE)) {
                QdaCodebookReader codes = new QdaCodebookReader(fileName, limits, incoming, QdaNotes.NONE);
                while (xml.nextChild(1)) {
                    if (xml.name().equals("Codes")) {
                        codes.read(xml);
                    } else {
                        xml.skip();
                    }
                }
                return CODEBOOK_FORMAT;
            }
        });
    }

    private static QdaXml projectXml(InputStream in, String name, ImportLimits limits) {
        return QdaXml.open(in, name, limits, "Project", RefiQda.PROJECT_NAMESPACE);
    }

    private void readProject(QdaXml xml) {
        flagmarks = xml.attribute("origin").startsWith("Flagmark");
        while (xml.nextChild(1)) {
            switch (xml.name()) {
                case "CodeBook" -> codebook(xml);
                case "Variables" -> variables(xml);
                case "Sources" -> sources(xml);
                case "Description" -> described("project", "the project", xml.text(),
                        "Flagmark keeps no description of a library.", "projectDescription");
                case "NoteRef" -> notes.use(xml.attribute("targetGUID")).ifPresent(note -> incoming.notImported(
                        NotImported.because("journal", note.label(), "Flagmark keeps no journal of a library; its text"
                                + " begins: " + QdaProject.label(note.text()), "journal", QdaProject.label(note.text()))));
                case "Users", "Notes" -> xml.skip();
                default -> others(xml);
            }
        }
        for (QdaNotes.Note note : notes.unused()) {
            incoming.notImported(NotImported.because("note", note.label(), "Nothing Flagmark imports refers to this"
                    + " note; its text begins: " + QdaProject.label(note.text()), "unreferencedNote",
                    QdaProject.label(note.text())));
        }
    }

    private void codebook(QdaXml xml) {
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (xml.name().equals("Codes")) {
                codebook.read(xml);
            } else {
                xml.skip();
            }
        }
    }

    private void variables(QdaXml xml) {
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (xml.name().equals("Variable")) {
                variables.put(xml.attribute("guid"), xml.attribute("name"));
            }
            xml.skip();
        }
        titled = variables.containsValue(RefiQda.TITLE);
    }

    /** Cases, sets, links and graphs: counted and reported, since Flagmark has no place for them. */
    private void others(QdaXml xml) {
        String kind = xml.name();
        int depth = xml.depth();
        int count = 0;
        while (xml.nextChild(depth)) {
            count++;
            xml.skip();
        }
        String plural = kind.toLowerCase(Locale.ROOT);
        incoming.notImported(NotImported.because(plural.replaceFirst("s$", ""), count + " × " + kind,
                "Flagmark has no place for a project's " + plural + ".", "noPlace", kind));
    }

    private void sources(QdaXml xml) {
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (xml.name().equals("TextSource")) {
                textSource(xml);
            } else {
                incoming.unmatched(Unmatched.because("", xml.attribute("name"),
                        "Not imported: a " + xml.name() + "; Flagmark reads text sources only.", "notTextSource",
                        xml.name()));
                xml.skip();
            }
        }
    }

    private void textSource(QdaXml xml) {
        QdaSourceReader read = new QdaSourceReader(xml, notes, codebook::path);
        Optional<String> text = read.plainTextPath().flatMap(this::internalText).or(read::content);
        if (text.isEmpty()) {
            incoming.unmatched(Unmatched.because("", read.name(), "Not imported: its text is not inside " + fileName + ".",
                    "textMissing", fileName));
            return;
        }
        Map<String, String> values = new HashMap<>();
        read.values().forEach((guid, value) -> Optional.ofNullable(variables.get(guid))
                .ifPresent(variable -> values.put(variable, value)));
        String name = read.name();
        Optional<String> title = titled || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
        Optional<SourceText> source = SourceText.of(text.get(), values, title);
        if (source.isEmpty()) {
            incoming.unmatched(Unmatched.because("", name, "Not imported: its text is empty.", "textEmpty"));
            return;
        }
        read.memos().forEach(memo -> described("memo", name, memo,
                "Flagmark keeps notes with coded passages, not with whole articles.", "sourceMemo"));
        ArticleReference article = new ArticleReference(Optional.of(read.guid()), Optional.empty(),
                source.get().article().url(), source.get().article().title().or(() -> Optional.of(name)));
        QdaPassages passages = new QdaPassages(source.get(), article, !flagmarks);
        read.selections().forEach(passages::add);
        read.spanNotes().forEach(passages::add);
        incoming.source(new IncomingSource(read.guid(), source.get().article(), text.get()), passages.annotations());
        passages.unmatched().forEach(incoming::unmatched);
        if (read.wholeCodings() > 0) {
            incoming.unmatched(Unmatched.because("", name, "Not imported: " + read.wholeCodings() + " coding(s) of the"
                    + " whole document; Flagmark codes passages.", "wholeDocument", read.wholeCodings()));
        }
    }

    private Optional<String> internalText(String path) {
        if (!path.startsWith(RefiQda.INTERNAL) || archive.isEmpty()) {
            return Optional.empty();
        }
        String entry = RefiQda.SOURCES_FOLDER + path.substring(RefiQda.INTERNAL.length());
        return archive.get().source(entry).map(QdaReader::utf8);
    }

    private void described(String kind, String name, String text, String reason, String key) {
        if (!text.isBlank()) {
            incoming.notImported(NotImported.because(kind, name, reason + " Its text begins: " + QdaProject.label(text),
                    key, QdaProject.label(text)));
        }
    }

    /** Text in UTF-8, without a byte-order mark. */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(Path file, Reading<T> reading) {
        try (InputStream in = Files.newInputStream(file)) {
            return reading.read(in);
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + file + ": " + unreadable.getMessage());
        }
    }
}
