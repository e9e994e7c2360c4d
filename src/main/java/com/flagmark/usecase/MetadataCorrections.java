package com.flagmark.usecase;

import com.flagmark.library.ArticleCorrections;
import com.flagmark.model.Correction;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.MetadataField;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Correcting articles' metadata by hand (title, date, source, authors, URL), for one article or
 * a selection at once, each correction an undoable {@link Change}. Corrections are kept apart
 * from what the cleaner read and stand over it wherever an article is read, so cleaning the
 * article again or importing its file again leaves them in place.
 */
public final class MetadataCorrections {

    private static final int SUBJECT_IDS = 3;

    private final ArticleCorrections corrections;

    /** Creates the use case over the session's library. */
    public MetadataCorrections(LibrarySession session) {
        this.corrections = session.library().corrections();
    }

    /** Returns the fields of an article a user corrected, with the values they gave. */
    public Map<MetadataField, Correction> of(long articleId) {
        return corrections.of(List.of(articleId)).get(articleId);
    }

    /**
     * Returns a change that corrects these fields of every one of these articles to the values
     * given; a correction with an empty value says the article has none.
     *
     * @throws FlagmarkException if no article or no correction is given
     */
    public Change correct(List<Long> articleIds, List<Correction> changes) {
        if (changes.isEmpty()) {
            throw new FlagmarkException("Say what to correct: a title, date, source, author or URL.");
        }
        Set<MetadataField> fields = EnumSet.noneOf(MetadataField.class);
        changes.forEach(correction -> fields.add(correction.field()));
        return change(articleIds, fields, subject(articleIds), after -> changes.forEach(
                correction -> after.put(correction.field(), correction)));
    }

    /**
     * Returns a change that takes back the corrections of these fields, so the articles show
     * what the cleaner read again.
     */
    public Change reset(List<Long> articleIds, Set<MetadataField> fields) {
        if (fields.isEmpty()) {
            throw new FlagmarkException("Say which corrections to take back: title, date, source, authors or url.");
        }
        return change(articleIds, EnumSet.copyOf(fields), subject(articleIds), after -> fields.forEach(after::remove));
    }

    private Change change(List<Long> articleIds, Set<MetadataField> fields, String subject,
            Consumer<Map<MetadataField, Correction>> edit) {
        if (articleIds.isEmpty()) {
            throw new FlagmarkException("Choose the articles to correct.");
        }
        Map<Long, Map<MetadataField, Correction>> before = corrections.of(articleIds);
        Map<Long, Map<MetadataField, Correction>> after = new LinkedHashMap<>();
        before.forEach((id, fieldsBefore) -> {
            Map<MetadataField, Correction> edited = new EnumMap<>(MetadataField.class);
            edited.putAll(fieldsBefore);
            edit.accept(edited);
            after.put(id, edited);
        });
        return new Change() {
            @Override
            public String action() {
                return "edit-metadata";
            }

            @Override
            public String subject() {
                return subject;
            }

            @Override
            public void apply() {
                corrections.replace(after, fields);
            }

            @Override
            public void revert() {
                corrections.replace(before, fields);
            }
        };
    }

    /** Names the articles by id, as the list shows them: "#3", "#3, #4, #9…". */
    private static String subject(Collection<Long> articleIds) {
        String named = articleIds.stream().limit(SUBJECT_IDS).map(id -> "#" + id).collect(Collectors.joining(", "));
        return articleIds.size() > SUBJECT_IDS ? named + "…" : named;
    }
}
