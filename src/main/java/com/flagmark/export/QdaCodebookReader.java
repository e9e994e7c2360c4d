package com.flagmark.export;

import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.export.Incoming.IncomingCode;
import com.flagmark.export.Incoming.IncomingSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads QDA-XML's nested {@code Code} elements with a stack of its own, so that no depth of
 * codebook can overflow the thread's, and refuses a codebook nested deeper than the limit or
 * a code whose name cannot be a name in a path ({@link CodeNames}). A slash in a name is
 * written full-width, and a blank name is named {@code ?}.
 * Each code is handed on, parents before their children, and kept by GUID for the codings
 * that name it.
 */
final class QdaCodebookReader {

    private final String fileName;
    private final ImportLimits limits;
    private final Incoming incoming;
    private final QdaNotes notes;
    private final Map<String, List<String>> paths = new HashMap<>();

    QdaCodebookReader(String fileName, ImportLimits limits, Incoming incoming, QdaNotes notes) {
        this.fileName = fileName;
        this.limits = limits;
        this.incoming = incoming;
        this.notes = notes;
    }

    /**
     * Reads the codebook element the reader is at ({@code CodeBook}, holding {@code Codes}) to
     * its end only to check it, storing nothing, so that a codebook too deep or with a name that
     * cannot be a code's is refused before anything is written.
     *
     * @throws RefusedFile if it is
     */
    static void check(QdaXml xml, String fileName, ImportLimits limits) {
        QdaCodebookReader checking = new QdaCodebookReader(fileName, limits, new Discarded(), QdaNotes.NONE);
        int depth = xml.depth();
        while (xml.nextChild(depth)) {
            if (xml.name().equals("Codes")) {
                checking.read(xml);
            } else {
                xml.skip();
            }
        }
    }

    /** The path of the code with this GUID, if the codebook has it. */
    Optional<List<String>> path(String guid) {
        return Optional.ofNullable(paths.get(guid));
    }

    /** Reads the {@code Codes} element the reader is at, to its end. */
    void read(QdaXml xml) {
        Deque<Open> open = new ArrayDeque<>();
        open.push(new Open(xml.depth(), List.of(), null));
        while (!open.isEmpty()) {
            Open parent = open.peek();
            if (!xml.nextChild(parent.depth)) {
                open.pop().handOn();
                continue;
            }
            switch (xml.name()) {
                case "Code" -> {
                    parent.handOn();
                    open.push(code(xml, parent.path));
                }
                case "Description" -> {
                    if (parent.code != null) {
                        parent.description = xml.text();
                    } else {
                        xml.skip();
                    }
                }
                case "NoteRef" -> {
                    String code = String.join("/", parent.path);
                    notes.use(xml.attribute("targetGUID")).ifPresent(note -> incoming.notImported(NotImported.because(
                            "memo", note.label(), "A memo of the code " + code + "; Flagmark keeps a code's description,"
                                    + " not memos. Its text begins: " + QdaProject.label(note.text()), "codeMemo", code,
                            QdaProject.label(note.text()))));
                    xml.skip();
                }
                default -> xml.skip();
            }
        }
    }

    private Open code(QdaXml xml, List<String> parentPath) {
        List<String> path = new ArrayList<>(parentPath);
        String name = xml.attribute("name").strip().replace('/', '／');
        path.add(name.isEmpty() ? "?" : name);
        CodeNames.check(path, limits, fileName, "line " + xml.line());
        paths.put(xml.attribute("guid"), List.copyOf(path));
        String colour = xml.attribute("color").toUpperCase(Locale.ROOT);
        Pending code = new Pending(path, !"false".equals(xml.attribute("isCodable")),
                Optional.of(colour).filter(hex -> hex.matches("#[0-9A-F]{6}")));
        return new Open(xml.depth(), path, code);
    }

    /** Where a codebook read only to be checked goes. */
    private static final class Discarded implements Incoming {

        @Override
        public void code(IncomingCode code) {
        }

        @Override
        public void source(IncomingSource source, List<IncomingAnnotation> annotations) {
        }

        @Override
        public void annotation(IncomingAnnotation annotation) {
        }

        @Override
        public void unmatched(Unmatched unmatched) {
        }

        @Override
        public void notImported(NotImported notImported) {
        }
    }

    /** A code read but not yet handed on: its description may still follow. */
    private record Pending(List<String> path, boolean codable, Optional<String> colour) {
    }

    /** An element whose children are being read: the list of codes, or a code. */
    private final class Open {

        private final int depth;
        private final List<String> path;
        private Pending code;
        private String description = "";

        Open(int depth, List<String> path, Pending code) {
            this.depth = depth;
            this.path = path;
            this.code = code;
        }

        /** Hands the code on, once: before its first child, or at its end. */
        void handOn() {
            if (code != null) {
                incoming.code(new IncomingCode(code.path(), code.codable(), code.colour(),
                        RefiQda.parseCodeDescription(description)));
                code = null;
            }
        }
    }
}
