package com.flagmark.library;

import com.flagmark.annotate.Codebook;
import com.flagmark.annotate.CodingRules;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The coded passages of the library's articles. Every write is one transaction and is checked
 * first against the domain's {@link CodingRules}: the article exists, the quote stands at the
 * anchor's offsets (code points), the codes exist and passages can carry them, and new or
 * changed attribute values fit the types of the codes' attributes. Refusals are {@link FlagmarkException}s
 * written for the user. An annotation's id is never handed out again, and
 * {@link #restore(Annotation)} puts a deleted one back under its old id.
 */
public final class AnnotationRepository {

    private final Database database;
    private final Clock clock;

    AnnotationRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Returns the annotations of an article, by start, then end, then id. */
    public List<Annotation> of(long articleId) {
        return database.read(connection -> AnnotationTable.ofArticle(connection, articleId));
    }

    /** Returns every annotation in the library, by article, then start, end and id. */
    public List<Annotation> all() {
        return database.read(AnnotationTable::all);
    }

    /** Returns the annotation with this id, if there is one. */
    public Optional<Annotation> find(long id) {
        return database.read(connection -> AnnotationTable.find(connection, id));
    }

    /**
     * Stores a new annotation, created and modified now, and returns it as stored. A code given
     * twice is kept once, where it first appears.
     *
     * @throws FlagmarkException if there is no such article, the anchor does not fit its text,
     *         the list of codes is empty, a code is unknown or a category passages cannot carry,
     *         or an attribute value does not fit the type of its attribute
     */
    public Annotation create(long articleId, Anchor anchor, List<Long> codeIds, String note,
            Map<String, String> attributes, String coder) {
        return create(articleId, anchor, codeIds, note, attributes, coder, Optional.empty(), Optional.empty());
    }

    /**
     * Stores a new annotation made elsewhere, such as one an imported file brings, keeping when
     * it was made and last changed where that is known (else now; never changed before it was
     * made), and returns it as stored.
     *
     * @throws FlagmarkException as {@link #create(long, Anchor, List, String, Map, String)} does
     */
    public Annotation create(long articleId, Anchor anchor, List<Long> codeIds, String note,
            Map<String, String> attributes, String coder, Optional<Instant> created, Optional<Instant> modified) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(codeIds, "codeIds");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(coder, "coder");
        Instant now = now();
        Instant made = created.or(() -> modified).map(instant -> instant.truncatedTo(ChronoUnit.MILLIS)).orElse(now);
        Instant changed = latest(made, modified.map(instant -> instant.truncatedTo(ChronoUnit.MILLIS)).orElse(made));
        return database.write(connection -> {
            CodingRules.anchorFits(AnnotationChecks.articleText(connection, articleId), anchor);
            Codebook codebook = AnnotationChecks.codebook(connection);
            List<Long> codes = CodingRules.codes(codebook, codeIds, List.of());
            CodingRules.valuesFit(codebook, codes, attributes);
            Annotation annotation = new Annotation(0, articleId, anchor, codes, note, attributes, coder, made, changed,
                    false);
            return stored(connection, AnnotationTable.insert(connection, annotation, false));
        });
    }

    /**
     * Stores an annotation's anchor, codes, note, attribute values and orphaned flag, sets its
     * modification time to now, and returns it as stored. Its article, coder and creation time
     * stay as they were. An orphaned annotation keeps its last anchor, which its article's text
     * need no longer hold; a code it already carries may have become a category since. Attribute
     * values are checked when they change, so a recode keeps values its codes no longer define.
     *
     * @throws FlagmarkException if there is no such annotation, or the new anchor, codes or
     *         attribute values are refused
     */
    public Annotation update(Annotation annotation) {
        Objects.requireNonNull(annotation, "annotation");
        Instant now = now();
        return database.write(connection -> {
            Annotation before = AnnotationChecks.existing(connection, annotation.id());
            if (!annotation.orphaned()) {
                CodingRules.anchorFits(AnnotationChecks.articleText(connection, before.articleId()),
                        annotation.anchor());
            }
            Codebook codebook = AnnotationChecks.codebook(connection);
            List<Long> codes = CodingRules.codes(codebook, annotation.codeIds(), before.codeIds());
            if (!annotation.attributes().equals(before.attributes())) {
                CodingRules.valuesFit(codebook, codes, annotation.attributes());
            }
            AnnotationTable.overwrite(connection, new Annotation(before.id(), before.articleId(), annotation.anchor(),
                    codes, annotation.note(), annotation.attributes(), before.coder(), before.created(),
                    latest(before.created(), now), annotation.orphaned()));
            return stored(connection, before.id());
        });
    }

    /**
     * Deletes an annotation and returns it as it was, for an undo to {@link #restore(Annotation)}.
     *
     * @throws FlagmarkException if there is no such annotation
     */
    public Annotation delete(long id) {
        return database.write(connection -> {
            Annotation before = AnnotationChecks.existing(connection, id);
            AnnotationTable.delete(connection, id);
            return before;
        });
    }

    /**
     * Writes an annotation back exactly as given (id, anchor, codes, times, everything),
     * replacing the stored one with that id if there is one; undo and redo use it. Returns it
     * as stored.
     *
     * @throws FlagmarkException if its article or one of its codes is no longer in the library
     */
    public Annotation restore(Annotation annotation) {
        Objects.requireNonNull(annotation, "annotation");
        return database.write(connection -> {
            AnnotationChecks.articleText(connection, annotation.articleId());
            CodingRules.codesExist(AnnotationChecks.codebook(connection), annotation.codeIds());
            AnnotationTable.delete(connection, annotation.id());
            return stored(connection, AnnotationTable.insert(connection, annotation, true));
        });
    }

    private static Annotation stored(Connection connection, long id) throws SQLException {
        return AnnotationTable.find(connection, id).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A clock set back must not make an annotation modified before it was created. */
    private static Instant latest(Instant created, Instant now) {
        return now.isBefore(created) ? created : now;
    }
}
