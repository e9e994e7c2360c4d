package com.flagmark.export;

import com.flagmark.export.QdaPassages.Selection;
import com.flagmark.export.QdaPassages.SpanNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one {@code TextSource} element whole: its name and text (or where the text is), its
 * selections with their codes, memos and notes, the notes and memos of the whole source, and
 * its variables' values. Only this one source is held.
 */
final class QdaSourceReader {

    private final QdaNotes notes;
    private final Function<String, Optional<List<String>>> codePaths;
    private final String guid;
    private final String name;
    private final String plainTextPath;
    private String content;
    private final List<Selection> selections = new ArrayList<>();
    private final List<SpanNote> spanNotes = new ArrayList<>();
    private final List<String> memos = new ArrayList<>();
    /** The notes the source's selections refer to, which are theirs even where the source refers to them too. */
    private final Set<String> selectionNotes = new HashSet<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private int wholeCodings;

    /** Reads the source the reader is at, to its end. */
    QdaSourceReader(QdaXml xml, QdaNotes notes, Function<String, Optional<List<String>>> codePaths) {
        this.notes = notes;
        this.codePaths = codePaths;
        this.guid = xml.attribute("guid");
        this.name = xml.attribute("name");
        this.plainTextPath = xml.attribute("plainTextPath");
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            switch (xml.name()) {
                case "Description" -> memos.add(xml.text());
                case "PlainTextContent" -> content = xml.text();
                case "PlainTextSelection" -> selections.add(selection(xml));
                case "Coding" -> {
                    wholeCodings++;
                    xml.skip();
                }
                case "NoteRef" -> {
                    noteOfSource(xml.attribute("targetGUID"));
                    xml.skip();
                }
                case "VariableValue" -> value(xml);
                default -> xml.skip();
            }
        }
    }

    String guid() {
        return guid;
    }

    String name() {
        return name;
    }

    Optional<String> plainTextPath() {
        return Optional.of(plainTextPath).filter(path -> !path.isBlank());
    }

    /** The text the source holds in itself, if it does. */
    Optional<String> content() {
        return Optional.ofNullable(content);
    }

    List<Selection> selections() {
        return selections;
    }

    /** The notes the source refers to that are about one of its passages. */
    List<SpanNote> spanNotes() {
        return spanNotes;
    }

    /** The source's description and the notes it refers to that are about it as a whole. */
    List<String> memos() {
        return memos;
    }

    /** The values of its variables, by the variable's GUID. */
    Map<String, String> values() {
        return values;
    }

    /** How many codings the source has of itself as a whole. */
    int wholeCodings() {
        return wholeCodings;
    }

    private void noteOfSource(String noteGuid) {
        notes.use(noteGuid).filter(note -> !selectionNotes.contains(noteGuid)).ifPresent(note -> {
            if (note.passages().isEmpty()) {
                memos.add(note.text());
            }
            note.passages().forEach(span -> spanNotes.add(new SpanNote(span, note.text())));
        });
    }

    private Selection selection(QdaXml xml) {
        String label = xml.attribute("name");
        String start = xml.attribute("startPosition");
        String end = xml.attribute("endPosition");
        String coder = notes.user(xml.attribute("creatingUser"));
        Optional<Instant> created = QdaNotes.instant(xml.attribute("creationDateTime"));
        Optional<Instant> modified = QdaNotes.instant(xml.attribute("modifiedDateTime"));
        List<List<String>> paths = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String description = "";
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            switch (xml.name()) {
                case "Description" -> description = xml.text();
                case "Coding" -> paths.addAll(coding(xml));
                case "NoteRef" -> {
                    String guid = xml.attribute("targetGUID");
                    selectionNotes.add(guid);
                    notes.use(guid).map(QdaNotes.Note::text).ifPresent(texts::add);
                    xml.skip();
                }
                default -> xml.skip();
            }
        }
        texts.add(RefiQda.memo(description));
        return new Selection(label, start, end, paths, texts, RefiQda.parseAttributes(description), coder, created,
                modified);
    }

    private List<List<String>> coding(QdaXml xml) {
        List<List<String>> paths = new ArrayList<>();
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (xml.name().equals("CodeRef")) {
                codePaths.apply(xml.attribute("targetGUID")).ifPresent(paths::add);
            }
            xml.skip();
        }
        return paths;
    }

    private void value(QdaXml xml) {
        String variable = "";
        String value = "";
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (xml.name().equals("VariableRef")) {
                variable = xml.attribute("targetGUID");
                xml.skip();
            } else {
                value = xml.text();
            }
        }
        values.put(variable, value);
    }
}
