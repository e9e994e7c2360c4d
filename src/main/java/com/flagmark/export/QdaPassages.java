package com.flagmark.export;

import com.flagmark.export.Incoming.ArticleReference;
import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.model.Anchor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The coded passages of one text source, gathered as the source is read and then made into
 * annotations as Flagmark would have made them: in another tool's project the selections of
 * one span become one annotation with all their codes (QualCoder writes one selection per
 * code), while in Flagmark's own each selection is the annotation it was; a passage's notes are
 * the distinct texts of its selections' memos, the notes they refer to and the notes on that
 * span the source refers to. What cannot be placed is unmatched, with why.
 */
final class QdaPassages {

    /** A selection as the file gives it, its codes already read as paths. */
    record Selection(String name, String start, String end, List<List<String>> codePaths, List<String> notes,
            Map<String, String> attributes, String coder, Optional<Instant> created, Optional<Instant> modified) {
    }

    /** A note on a span of the source, from a note the source refers to. */
    record SpanNote(QdaNotes.Span span, String text) {
    }

    private final SourceText source;
    private final ArticleReference article;
    private final boolean oneSpanOneAnnotation;
    private final List<Passage> passages = new ArrayList<>();
    /** The first passage of each span, where the selections of one span are not one annotation. */
    private final Map<String, Passage> bySpan = new LinkedHashMap<>();
    private final List<Unmatched> unmatched = new ArrayList<>();

    /**
     * @param oneSpanOneAnnotation whether the selections of one span are one annotation, as in
     *        a project of another tool
     */
    QdaPassages(SourceText source, ArticleReference article, boolean oneSpanOneAnnotation) {
        this.source = source;
        this.article = article;
        this.oneSpanOneAnnotation = oneSpanOneAnnotation;
    }

    /** Adds a selection of the source. */
    void add(Selection selection) {
        Optional<Anchor> anchor = anchor(selection.name(), selection.start(), selection.end());
        if (anchor.isEmpty()) {
            return;
        }
        String key = anchor.get().start() + ":" + anchor.get().end();
        Passage passage = oneSpanOneAnnotation ? bySpan.get(key) : null;
        if (passage == null) {
            passage = new Passage(anchor.get(), selection);
            passages.add(passage);
            bySpan.putIfAbsent(key, passage);
        }
        passage.add(selection);
    }

    /** Adds a note the source refers to, on the span its own selection gives. */
    void add(SpanNote note) {
        Optional<Anchor> anchor = anchor(note.text(), note.span().start(), note.span().end());
        if (anchor.isEmpty()) {
            return;
        }
        Passage passage = bySpan.get(anchor.get().start() + ":" + anchor.get().end());
        if (passage == null) {
            unmatched.add(noteWithoutCode(anchor.get().exact(), QdaProject.label(note.text())));
            return;
        }
        passage.addNote(note.text());
    }

    /** The annotations, in the order their spans first appeared. */
    List<IncomingAnnotation> annotations() {
        List<IncomingAnnotation> annotations = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage.codePaths.isEmpty()) {
                unmatched.add(passage.notes.isEmpty()
                        ? Unmatched.because(passage.anchor.exact(), article.describe(),
                                "Not imported: it carries no code of the project's codebook.", "noKnownCode")
                        : noteWithoutCode(passage.anchor.exact(), QdaProject.label(String.join(" ", passage.notes.values()))));
                continue;
            }
            annotations.add(passage.annotation(article));
        }
        return annotations;
    }

    /** The selections and notes that could not be placed. */
    List<Unmatched> unmatched() {
        return unmatched;
    }

    private Unmatched noteWithoutCode(String quote, String note) {
        return Unmatched.because(quote, article.describe(), "Not imported: a note on a passage no code marks"
                + " (Flagmark keeps notes with coded passages): " + note, "noteWithoutCode", note);
    }

    private Optional<Anchor> anchor(String label, String start, String end) {
        OptionalInt from = offset(start);
        OptionalInt to = offset(end);
        if (from.isEmpty() || to.isEmpty()) {
            unmatched.add(Unmatched.because(label, article.describe(), "Not imported: its positions '" + start + "'–'"
                    + end + "' are not whole numbers.", "positionsNotNumbers", start, end));
            return Optional.empty();
        }
        Optional<Anchor> anchor = source.anchor(from.getAsInt(), to.getAsInt());
        if (anchor.isEmpty()) {
            unmatched.add(Unmatched.because(label, article.describe(), "Not imported: its positions " + start + "–" + end
                    + " hold no text of the source.", "positionsOutside", start, end));
        }
        return anchor;
    }

    private static OptionalInt offset(String text) {
        try {
            int offset = Integer.parseInt(text.strip());
            return offset >= 0 ? OptionalInt.of(offset) : OptionalInt.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    /** The selections of one span. */
    private static final class Passage {

        private final Anchor anchor;
        private final Selection first;
        private final Set<List<String>> codePaths = new LinkedHashSet<>();
        /** The notes by their text without surrounding white space, so that one note met twice is taken once. */
        private final Map<String, String> notes = new LinkedHashMap<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private Optional<Instant> created = Optional.empty();
        private Optional<Instant> modified = Optional.empty();

        Passage(Anchor anchor, Selection first) {
            this.anchor = anchor;
            this.first = first;
        }

        void add(Selection selection) {
            codePaths.addAll(selection.codePaths());
            selection.notes().forEach(this::addNote);
            selection.attributes().forEach(attributes::putIfAbsent);
            created = earliest(created, selection.created());
            modified = latest(modified, selection.modified());
        }

        void addNote(String note) {
            if (!note.isBlank()) {
                notes.putIfAbsent(note.strip(), note);
            }
        }

        IncomingAnnotation annotation(ArticleReference article) {
            return new IncomingAnnotation(article, anchor, OptionalInt.of(anchor.start()), List.copyOf(codePaths),
                    String.join("\n\n", notes.values()), notes.size(), attributes, first.coder(), created, modified);
        }

        private static Optional<Instant> earliest(Optional<Instant> one, Optional<Instant> other) {
            return one.isEmpty() ? other : other.filter(instant -> instant.isBefore(one.get())).or(() -> one);
        }

        private static Optional<Instant> latest(Optional<Instant> one, Optional<Instant> other) {
            return one.isEmpty() ? other : other.filter(instant -> instant.isAfter(one.get())).or(() -> one);
        }
    }
}
