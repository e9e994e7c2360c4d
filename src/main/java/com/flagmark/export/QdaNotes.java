package com.flagmark.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first of two readings of a project: its users and its notes, which QDA-XML writes after
 * the sources that refer to them, so that the second reading can place each note as it meets
 * the reference. Reading the whole document also checks it is well-formed, not too deep, and
 * that its codebook can be stored, before anything is. Notes are held up to the limit of their length together.
 */
final class QdaNotes {

    /**
     * A project's note.
     *
     * @param passages the positions of the note's own selections, which QualCoder gives as
     *        the passage the note is about
     */
    record Note(String guid, String name, String text, List<Span> passages) {

        /** A name for the report: the note's name, or the start of its text. */
        String label() {
            return QdaProject.label(name.isBlank() ? text : name);
        }
    }

    /** A selection's positions as written, which need not be numbers. */
    record Span(String start, String end) {
    }

    /** The notes of a file that has none, such as a codebook. */
    static final QdaNotes NONE = new QdaNotes();

    private final Map<String, String> users = new HashMap<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private final Set<String> used = new TreeSet<>();
    private long length;

    private QdaNotes() {
    }

    /** Reads the users and notes of a whole project document. */
    static QdaNotes read(QdaXml xml, String fileName, ImportLimits limits) {
        QdaNotes found = new QdaNotes();
        while (xml.nextChild(1)) {
            switch (xml.name()) {
                case "Users" -> found.users(xml);
                case "CodeBook" -> QdaCodebookReader.check(xml, fileName, limits);
                case "Notes" -> found.notes(xml, fileName, limits);
                default -> xml.skip();
            }
        }
        return found;
    }

    /** The name of the user with this GUID, or empty text. */
    String user(String guid) {
        return users.getOrDefault(guid, "");
    }

    /** Returns the note with this GUID, counting it as used. */
    Optional<Note> use(String guid) {
        Optional<Note> note = Optional.ofNullable(notes.get(guid));
        note.ifPresent(found -> used.add(guid));
        return note;
    }

    /** The notes nothing imported has used. */
    List<Note> unused() {
        return notes.values().stream().filter(note -> !used.contains(note.guid())).toList();
    }

    /** Reads an {@code xs:dateTime}; one without a zone is taken as UTC. */
    static Optional<Instant> instant(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException noZone) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private void users(QdaXml xml) {
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (xml.name().equals("User")) {
                users.put(xml.attribute("guid"), xml.attribute("name"));
            }
            xml.skip();
        }
    }

    private void notes(QdaXml xml, String fileName, ImportLimits limits) {
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (!xml.name().equals("Note")) {
                xml.skip();
                continue;
            }
            String guid = xml.attribute("guid");
            String name = xml.attribute("name");
            String text = "";
            List<Span> passages = new ArrayList<>();
            int noteDepth = xml.depth();
            while (xml.nextChild(noteDepth)) {
                if (xml.name().equals("PlainTextContent")) {
                    text = xml.text();
                } else {
                    if (xml.name().equals("PlainTextSelection")) {
                        passages.add(new Span(xml.attribute("startPosition"), xml.attribute("endPosition")));
                    }
                    xml.skip();
                }
            }
            length += text.length();
            if (length > limits.mostNoteLength()) {
                throw new RefusedFile(fileName + " holds more than " + limits.mostNoteLength()
                        + " characters of notes; nothing was imported.");
            }
            notes.put(guid, new Note(guid, name, text, passages));
        }
    }
}
