package com.flagmark.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The editor's note (编者按) that opens an article: "■编者按实干争春早…", "【编者按】…". */
final class EditorsNote {

    private static final Pattern MARKER = Pattern.compile("^[■□◆●\\s]*[【\\[〔]?\\s*编者按\\s*[】\\]〕]?\\s*[:：]?\\s*");

    private EditorsNote() {
    }

    /** Tells whether a paragraph opens with the 编者按 marker. */
    static boolean startsWithMarker(String text) {
        return MARKER.matcher(text).lookingAt();
    }

    /** Returns the note's text without its marker, if the paragraph is an editor's note. */
    static Optional<String> text(String paragraph) {
        Matcher matcher = MARKER.matcher(paragraph);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String note = paragraph.substring(matcher.end()).strip();
        return note.isEmpty() ? Optional.empty() : Optional.of(note);
    }
}
